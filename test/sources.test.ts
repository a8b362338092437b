import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { sourceList } from '../src/internal/sources.js';
import { linksIn } from './reading.js';

describe('sourceList', () => {
  it('links https: sources and shows any other URL as plain text', () => {
    const box = document.createElement('div');
    render(
      sourceList([
        { title: 'FDA', url: 'https://www.fda.gov/' },
        { title: 'Script', url: 'javascript:alert(1)' },
        { title: 'Data', url: 'data:text/html,hi' },
        { title: 'Plain', url: 'http://example.org/' },
        { title: 'Partner' },
      ]),
      box,
    );
    expect(linksIn(box)).to.deep.equal([{ name: 'FDA', href: 'https://www.fda.gov/' }]);
    expect([...box.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['FDA', 'Script', 'Data', 'Plain', 'Partner']);
  });
});
