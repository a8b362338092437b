/**
 * Subresource Integrity: dist/integrity.json (written by `npm run build`, see scripts/integrity.mjs)
 * holds the hash of the built one script's bytes, and Chromium runs the script with that hash in
 * `integrity` and refuses it with any other.
 */
import { expect } from '@open-wc/testing';

/** dist/recovery-widgets.js, served byte for byte (`builtScriptAsIs` in web-test-runner.config.mjs). */
const SCRIPT = '/dist/recovery-widgets.js';

interface Integrity {
  version: string;
  files: Record<string, string>;
}

const integrityJson = async (): Promise<Integrity> => (await fetch('/dist/integrity.json')).json();

async function sha384(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/**
 * A blank page with a help banner and the one script loaded as the snippet says, with this
 * `integrity` and `crossorigin="anonymous"`. Says whether the script ran and what the banner shows.
 */
async function loadWith(integrity: string): Promise<{ outcome: string; defined: boolean; link: string | null }> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  try {
    const doc = frame.contentDocument!;
    doc.body.innerHTML = '<rw-help-banner phone="555-010-2000"></rw-help-banner>';
    const script = doc.createElement('script');
    script.src = new URL(SCRIPT, location.href).href;
    script.integrity = integrity;
    script.crossOrigin = 'anonymous';
    const outcome = await new Promise<string>((resolve) => {
      script.addEventListener('load', () => resolve('load'));
      script.addEventListener('error', () => resolve('error'));
      doc.head.append(script);
    });
    const banner = doc.querySelector('rw-help-banner') as HTMLElement & { updateComplete?: Promise<boolean> };
    await banner.updateComplete;
    const link = banner.shadowRoot?.querySelector('[part~="call"]');
    return {
      outcome,
      defined: frame.contentWindow!.customElements.get('rw-help-banner') !== undefined,
      link: link ? `${link.textContent!.trim()} → ${link.getAttribute('href')}` : null,
    };
  } finally {
    frame.remove();
  }
}

describe('Subresource Integrity of the one script', () => {
  it('integrity.json has the package version and the sha384 hash of recovery-widgets.js', async () => {
    const integrity = await integrityJson();
    const pkg = await (await fetch('/package.json')).json();
    expect(Object.keys(integrity)).to.deep.equal(['version', 'files']);
    expect(integrity.version).to.equal(pkg.version);
    const bytes = await (await fetch(SCRIPT)).arrayBuffer();
    expect(integrity.files['recovery-widgets.js']).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(integrity.files['recovery-widgets.js']).to.equal(await sha384(bytes));
  });

  it('with that hash, the browser runs the script and the banner shows its call link', async () => {
    const { files } = await integrityJson();
    expect(await loadWith(files['recovery-widgets.js'])).to.deep.equal({
      outcome: 'load',
      defined: true,
      link: 'Call (555) 010-2000 → tel:+15550102000',
    });
  });

  it('with another hash, the browser refuses the script: nothing registers, the banner stays plain', async () => {
    const wrong = await sha384(new TextEncoder().encode('not the kit').buffer as ArrayBuffer);
    expect(await loadWith(wrong)).to.deep.equal({ outcome: 'error', defined: false, link: null });
  });
});
