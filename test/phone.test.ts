import { expect } from '@open-wc/testing';
import { formatNumber, parsePhone } from '../src/internal/phone.js';

describe('parsePhone', () => {
  it('reads the common US ways of writing a number', () => {
    for (const written of ['(844) 318-7500', '844.318.7500', '+1 844 318 7500', '1 (844) 318-7500', '844\u00a0318\u00a07500', 'TEL:+18443187500']) {
      expect(parsePhone(written), written).to.deep.equal({ e164: '+18443187500', display: '(844) 318-7500' });
    }
  });

  it('rejects anything that is not a dialable ten-digit number', () => {
    for (const bad of [null, undefined, '', ' ', '911', '1-800-662-HELP', '844-318-75000', '+44 20 7946 0958', '+8443187500', '(044) 318-7500', '844 318 7500 ext 2', 'javascript:alert(1)', '8443187500<script>', '+1+8443187500', '٨٤٤٣١٨٧٥٠٠']) {
      expect(parsePhone(bad), String(bad)).to.equal(null);
    }
  });
});

describe('formatNumber', () => {
  it('formats E.164 US numbers and leaves short codes as they are', () => {
    expect(formatNumber('+18006624357')).to.equal('(800) 662-4357');
    expect(formatNumber('988')).to.equal('988');
  });
});
