<?php
/**
 * WordPress's own wp_kses_post, with the least of WordPress it needs: hooks, formatting, functions
 * and kses, from Debian's `wordpress` package. Reads { html, filter, wordpress } as JSON on stdin;
 * `filter` is PHP code (the README's wp_kses_allowed_html filter) run before filtering. Prints
 * { kept, version } as JSON: what an author without the unfiltered_html capability keeps, since
 * WordPress runs wp_kses_post over such an author's post (kses_init_filters).
 */
$input = json_decode( stream_get_contents( STDIN ), true );
define( 'ABSPATH', rtrim( $input['wordpress'], '/' ) . '/' );
define( 'WPINC', 'wp-includes' );
require ABSPATH . WPINC . '/version.php';
require ABSPATH . WPINC . '/plugin.php';
require ABSPATH . WPINC . '/formatting.php';
require ABSPATH . WPINC . '/functions.php';
require ABSPATH . WPINC . '/kses.php';
if ( '' !== $input['filter'] ) {
	eval( preg_replace( '/^\s*<\?php/', '', $input['filter'] ) );
}
echo json_encode( array( 'kept' => wp_kses_post( $input['html'] ), 'version' => $wp_version ) );
