<?php
/**
 * preload.php: what opcache.preload runs once when PHP-FPM (or php-cgi)
 * starts: it compiles the Liaison classes into shared memory, so that every
 * request has them without a require.
 *
 * Requests may not call FFI::cdef or FFI::load under ffi.enable=preload, the
 * setting PHP-FPM runs with; the class then uses the "liaison" FFI scope that
 * liaison.ini's ffi.preload declares from liaison_php.h (the C ABI, FFI_LIB
 * the installed library's full path, so no loader path is needed).
 * liaison.ini (next to this file) is the php.ini fragment naming both.
 */
require_once __DIR__ . '/LiaisonException.php';
require_once __DIR__ . '/ResultBuffer.php';
require_once __DIR__ . '/Liaison.php';
