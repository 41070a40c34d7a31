import { describe, expect, it } from 'vitest';
import { contentFileUse, FILE_USES, fileRefusal, readsWhole } from './file-uses';

// The smallest valid PNG (one transparent pixel).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
const MB = 1024 * 1024;

describe('the rules a file is checked by, before and after its item exists', () => {
  it('takes a candidate photo that is a small PNG, and names what else it takes', async () => {
    expect(await fileRefusal(FILE_USES.candidatePhoto, PNG, PNG.length)).toBeNull();
    const gif = await fileRefusal(FILE_USES.candidatePhoto, GIF, GIF.length);
    expect(gif).toMatchObject({ reason: 'type' });
    expect(gif?.message).toContain('JPEG, PNG, WebP');
    expect(gif?.message).toContain('(gif)');
  });

  it('refuses a photo over its own cap, though an image may be larger elsewhere', async () => {
    expect(await fileRefusal(FILE_USES.candidatePhoto, PNG, 3 * MB)).toMatchObject({
      reason: 'size',
      message: 'Tệp 3 MB vượt giới hạn 2 MB.',
    });
    expect(await fileRefusal(FILE_USES.activityPhoto, PNG, 3 * MB)).toBeNull();
  });

  it('refuses text sent as an audio item, and an empty file', async () => {
    const text = new TextEncoder().encode('không phải âm thanh');
    const refused = await fileRefusal(contentFileUse('audio'), text, text.length);
    expect(refused?.reason).toBe('type');
    expect(refused?.message).toContain('chỉ nhận tệp âm thanh, tối đa 50 MB');
    expect(await fileRefusal(contentFileUse('audio'), new Uint8Array(), 0)).toMatchObject({
      reason: 'empty',
    });
  });

  it('reads a file whole unless it is larger than anything the use takes', async () => {
    expect(await readsWhole(FILE_USES.activityPhoto, PNG.subarray(0, 20), 5 * MB)).toBe(true);
    expect(await readsWhole(FILE_USES.activityPhoto, PNG.subarray(0, 20), 11 * MB)).toBe(false);
    // Only the start of a 60 MB unknown file was read: refused by its size, as the server would.
    const head = new Uint8Array(64 * 1024);
    expect(await fileRefusal(contentFileUse('legal'), head, 60 * MB)).toMatchObject({
      reason: 'size',
    });
  });
});
