<?php
/**
 * LiaisonException: a call into the liaison library failed; and its
 * subclass LiaisonIncompleteException for LIAISON_INCOMPLETE.
 *
 * Carries the C ABI's status code (getCode(), one of the Liaison::* status
 * constants), its name, the library's message, the JSON path of the first
 * offending value and every problem found, each ['path' => …, 'message' => …].
 * getMessage() and getProblems() are the English, as liaison_error_message
 * gives it; getMessageIn('zh') and getProblemsIn('zh') the Chinese.
 *
 *   try {
 *       $policy->evaluate($records, '2026-02-30');
 *   } catch (LiaisonException $e) {
 *       error_log($e->getStatusName() . ' at ' . $e->getPath() . ': ' . $e->getMessageIn('zh'));
 *   }
 */
class LiaisonException extends RuntimeException
{
    private readonly string $messageZh;
    private readonly array $problemsZh;

    /**
     * @param list<array{path: string, message: string}> $problems
     * @param ?list<array{path: string, message: string}> $problemsZh the problems in Chinese (null: as $problems)
     */
    public function __construct(
        string $message,
        int $status,
        private readonly string $path = '',
        private readonly array $problems = [],
        ?string $messageZh = null,
        ?array $problemsZh = null,
    ) {
        parent::__construct($message, $status);
        $this->messageZh = $messageZh ?? $message;
        $this->problemsZh = $problemsZh ?? $problems;
    }

    /** The status code's name, e.g. "LIAISON_INVALID_DOCUMENT". */
    public function getStatusName(): string
    {
        return Liaison::statusName($this->getCode());
    }

    /** The JSON path of the first offending value ("$.rules[0].min"), or "". */
    public function getPath(): string
    {
        return $this->path;
    }

    /** @return list<array{path: string, message: string}> every problem found */
    public function getProblems(): array
    {
        return $this->problems;
    }

    /** What went wrong and what to do, in 'zh' or 'en'. */
    public function getMessageIn(string $language): string
    {
        return self::chosen($language) === 'zh' ? $this->messageZh : $this->getMessage();
    }

    /** @return list<array{path: string, message: string}> every problem found, messages in 'zh' or 'en' */
    public function getProblemsIn(string $language): array
    {
        return self::chosen($language) === 'zh' ? $this->problemsZh : $this->problems;
    }

    private static function chosen(string $language): string
    {
        if ($language !== 'zh' && $language !== 'en') {
            throw new ValueError("language must be 'zh' or 'en', not '$language' (语言须为 zh 或 en)");
        }
        return $language;
    }
}

/**
 * LIAISON_INCOMPLETE: a result over a batch of cadres (progress, proposed
 * grades, a policy diff) would leave out cadres whose records are bad, and
 * so look whole when it is not. The message names every bad cadre and its
 * error; getProblems() gives each problem with its JSON path
 * ("$.cadres[1].activities[0].date"). Pass $allowErrors = true to get the
 * document with the bad cadres counted as errors instead.
 */
final class LiaisonIncompleteException extends LiaisonException
{
}
