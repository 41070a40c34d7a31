import { describe, expect, it } from 'vitest';
import { audioDuration, mp3Duration, oggDuration, wavDuration } from './audio-duration';
import { describeUnknown, sniffFileType } from './file-type';
import { toneWav } from './wav';

const FRAME = 417; // MPEG-1 Layer III, 128 kbit/s, 44.1 kHz, no padding
function mp3(frames: number, opts: { id3?: boolean; xingFrames?: number } = {}): Uint8Array {
  const id3 = opts.id3 ? 10 + 20 : 0;
  const out = new Uint8Array(id3 + frames * FRAME);
  if (opts.id3) out.set([0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0, 20]);
  for (let i = 0; i < frames; i++) out.set([0xff, 0xfb, 0x90, 0x00], id3 + i * FRAME);
  if (opts.xingFrames !== undefined) {
    const at = id3 + 4 + 32;
    out.set([0x58, 0x69, 0x6e, 0x67, 0, 0, 0, 1], at);
    new DataView(out.buffer).setUint32(at + 8, opts.xingFrames);
  }
  return out;
}

function oggPage(granule: bigint, packet: number[]): number[] {
  const head = new Uint8Array(27);
  head.set([0x4f, 0x67, 0x67, 0x53]);
  new DataView(head.buffer).setBigInt64(6, granule, true);
  head[26] = 1;
  return [...head, packet.length, ...packet];
}
function ogg(seconds: number, rate = 44100): Uint8Array {
  const id = [1, ...'vorbis'.split('').map((c) => c.charCodeAt(0)), 0, 0, 0, 0, 2];
  const r = new Uint8Array(4);
  new DataView(r.buffer).setUint32(0, rate, true);
  const first = oggPage(0n, [...id, ...r, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  const last = oggPage(BigInt(seconds * rate), [0, 0, 0, 0]);
  return new Uint8Array([...first, ...new Array<number>(200).fill(7), ...last]);
}

describe('audio duration read from the file', () => {
  it('WAV: data size over byte rate', () => {
    expect(wavDuration(toneWav(2.5))).toBeCloseTo(2.5, 3);
    expect(audioDuration('audio/wav', toneWav(0.75))).toBeCloseTo(0.75, 3);
  });

  it('MP3: walks the frames after an ID3 tag, or trusts a Xing header', () => {
    expect(mp3Duration(mp3(100, { id3: true }))).toBeCloseTo((100 * 1152) / 44100, 3);
    expect(mp3Duration(mp3(3, { xingFrames: 1000 }))).toBeCloseTo((1000 * 1152) / 44100, 3);
  });

  it('OGG Vorbis: last granule position over the sample rate', () => {
    expect(oggDuration(ogg(3))).toBeCloseTo(3, 3);
  });

  it('is null for what it cannot read', () => {
    expect(mp3Duration(new Uint8Array(100))).toBeNull();
    expect(wavDuration(new Uint8Array(100))).toBeNull();
    expect(audioDuration('audio/mp4', toneWav(1))).toBeNull();
  });
});

describe('file type from content, not name', () => {
  it('knows audio, images and documents by their first bytes', async () => {
    expect((await sniffFileType(toneWav(0.1)))?.mediaType).toBe('audio/wav');
    expect((await sniffFileType(mp3(2, { id3: true })))?.mediaType).toBe('audio/mpeg');
    expect((await sniffFileType(mp3(2)))?.family).toBe('audio');
    expect((await sniffFileType(ogg(1)))?.mediaType).toBe('audio/ogg');
    // The smallest valid PNG (one transparent pixel): a signature followed by zeros is no PNG.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    );
    expect((await sniffFileType(png))?.family).toBe('image');
    expect((await sniffFileType(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n')))?.extension).toBe(
      'pdf',
    );
  });

  it('refuses an executable dressed as an .mp3 and says what it is', async () => {
    const exe = new Uint8Array(64);
    exe.set([0x4d, 0x5a, 0x90, 0x00]);
    expect(await sniffFileType(exe)).toBeNull();
    expect(await describeUnknown(exe)).toContain('.exe');
    const elf = new Uint8Array(64);
    elf.set([0x7f, 0x45, 0x4c, 0x46]);
    expect(await describeUnknown(elf)).toContain('ELF');
  });
});
