/**
 * The site as built by `npm run build` (root base): every link and image to the same site
 * resolves to a file, and every #anchor exists on its target page.
 */
import { describe, expect, it } from 'vitest';
import { checkLinks, formatBroken } from '../support/link-check';

describe('links of the built site', () => {
  it('has no broken links or anchors', () => {
    const broken = checkLinks({ dir: 'dist', site: 'https://mingzhang.example', base: '/' });
    expect(broken, formatBroken(broken)).toEqual([]);
  });
});
