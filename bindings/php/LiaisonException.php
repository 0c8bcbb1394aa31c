<?php
/**
 * LiaisonException: a call into the liaison library failed.
 *
 * Carries the C ABI's status code (getCode(), one of the Liaison::* status
 * constants), its name, the library's message, the JSON path of the first
 * offending value and every problem found, each ['path' => …, 'message' => …].
 *
 *   try {
 *       $policy->evaluate($records, '2026-02-30');
 *   } catch (LiaisonException $e) {
 *       error_log($e->getStatusName() . ' at ' . $e->getPath() . ': ' . $e->getMessage());
 *   }
 */
final class LiaisonException extends RuntimeException
{
    /** @param list<array{path: string, message: string}> $problems */
    public function __construct(
        string $message,
        int $status,
        private readonly string $path = '',
        private readonly array $problems = [],
    ) {
        parent::__construct($message, $status);
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
}
