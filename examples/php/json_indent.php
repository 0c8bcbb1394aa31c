<?php
/**
 * json_indent(): the library's compact JSON laid out as `liaison … --json`
 * prints it (two spaces a level, "key": value, empty [] and {} on one line),
 * a byte at a time, so that no number or string is rewritten (json_encode
 * would re-spell numbers and escape differently).
 */
function json_indent(string $json): string
{
    $out = '';
    $depth = 0;
    $inString = false;
    $n = strlen($json);
    for ($i = 0; $i < $n; $i++) {
        $c = $json[$i];
        if ($inString) {
            $out .= $c;
            if ($c === '\\') {
                $out .= $json[++$i];
            } elseif ($c === '"') {
                $inString = false;
            }
            continue;
        }
        switch ($c) {
            case '"':
                $inString = true;
                $out .= $c;
                break;
            case '{':
            case '[':
                $next = $json[$i + 1];
                if ($next === '}' || $next === ']') {
                    $out .= $c . $next;
                    $i++;
                } else {
                    $out .= $c . "\n" . str_repeat('  ', ++$depth);
                }
                break;
            case '}':
            case ']':
                $out .= "\n" . str_repeat('  ', --$depth) . $c;
                break;
            case ',':
                $out .= ",\n" . str_repeat('  ', $depth);
                break;
            case ':':
                $out .= ': ';
                break;
            default:
                $out .= $c;
        }
    }
    return $out . "\n";
}
