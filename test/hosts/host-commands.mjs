/**
 * Server commands for test/hosts/: tools that run outside the browser, as partners' platforms run them.
 * - `sanitize-html` { html, options? }: the sanitize-html package (defaults unless options are given).
 * - `wp-kses-post` { html, filter? }: WordPress's own wp_kses_post from Debian's `wordpress` package,
 *   run by PHP (test/hosts/wordpress/kses.php), with `filter` (PHP code, such as the README's
 *   wp_kses_allowed_html filter) loaded first when given.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sanitizeHtml from 'sanitize-html';

export const WORDPRESS = process.env.WORDPRESS_PATH ?? '/usr/share/wordpress';
const KSES = fileURLToPath(new URL('./wordpress/kses.php', import.meta.url));

function wpKsesPost({ html, filter }) {
  if (!existsSync(`${WORDPRESS}/wp-includes/kses.php`)) {
    throw new Error(`WordPress was not found at ${WORDPRESS}: apt-get install -y wordpress php-cli (or set WORDPRESS_PATH).`);
  }
  const input = JSON.stringify({ html, filter: filter ?? '', wordpress: WORDPRESS });
  return JSON.parse(execFileSync('php', [KSES], { input, encoding: 'utf8' }));
}

export function hostCommands() {
  return {
    name: 'host-commands',
    executeCommand({ command, payload }) {
      if (command === 'sanitize-html') return sanitizeHtml(payload.html, payload.options);
      if (command === 'wp-kses-post') return wpKsesPost(payload);
      return undefined;
    },
  };
}
