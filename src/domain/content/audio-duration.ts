import { isMpegFrame } from './file-type';

const view = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);
const ascii = (b: Uint8Array, at: number, n: number): string =>
  String.fromCharCode(...b.subarray(at, at + n));

/** Seconds of a RIFF/WAVE file: the data chunk's size over the format's byte rate. */
export function wavDuration(b: Uint8Array): number | null {
  const v = view(b);
  let byteRate = 0;
  for (let at = 12; at + 8 <= b.length;) {
    const id = ascii(b, at, 4);
    const size = v.getUint32(at + 4, true);
    if (id === 'fmt ' && at + 20 <= b.length) byteRate = v.getUint32(at + 16, true);
    if (id === 'data') {
      if (!byteRate) return null;
      // A streamed WAV may carry 0 or 0xFFFFFFFF: count the bytes that are really there.
      const real = Math.min(size, b.length - at - 8);
      return real / byteRate;
    }
    at += 8 + size + (size % 2);
  }
  return null;
}

const BITRATES: Record<string, number[]> = {
  '1-1': [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  '1-2': [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  '1-3': [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  '2-1': [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  '2-2': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  '2-3': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const RATES: Record<number, number[]> = {
  3: [44100, 48000, 32000],
  2: [22050, 24000, 16000],
  0: [11025, 12000, 8000],
};

export interface MpegFrame {
  length: number;
  samples: number;
  sampleRate: number;
  mpeg1: boolean;
  mono: boolean;
}

/** The header of the MPEG audio frame at `at`, or null when there is none. */
export function mpegFrame(b: Uint8Array, at: number): MpegFrame | null {
  if (at + 4 > b.length || !isMpegFrame(b, at)) return null;
  const b1 = b[at + 1] ?? 0;
  const b2 = b[at + 2] ?? 0;
  const b3 = b[at + 3] ?? 0;
  const version = (b1 >> 3) & 3; // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
  const layer = 4 - ((b1 >> 1) & 3); // 1, 2 or 3
  const mpeg1 = version === 3;
  const kbps = BITRATES[`${mpeg1 ? 1 : 2}-${layer}`]?.[b2 >> 4] ?? 0;
  const sampleRate = RATES[version]?.[(b2 >> 2) & 3] ?? 0;
  if (!kbps || !sampleRate) return null;
  const padding = (b2 >> 1) & 1;
  const samples = layer === 1 ? 384 : layer === 2 || mpeg1 ? 1152 : 576;
  const length =
    layer === 1
      ? (Math.floor((12 * kbps * 1000) / sampleRate) + padding) * 4
      : Math.floor(((samples / 8) * kbps * 1000) / sampleRate) + padding;
  return { length, samples, sampleRate, mpeg1, mono: b3 >> 6 === 3 };
}

/** Skips an ID3v2 tag (its size is four 7-bit bytes, plus a footer when flagged). */
const id3End = (b: Uint8Array): number => {
  if (ascii(b, 0, 3) !== 'ID3' || b.length < 10) return 0;
  const size = ((b[6] ?? 0) << 21) | ((b[7] ?? 0) << 14) | ((b[8] ?? 0) << 7) | (b[9] ?? 0);
  return 10 + size + ((b[5] ?? 0) & 0x10 ? 10 : 0);
};

/** Seconds of an MP3: from a Xing/Info or VBRI frame count when present, else by walking every frame. */
export function mp3Duration(b: Uint8Array): number | null {
  let at = id3End(b);
  while (at + 4 <= b.length && !mpegFrame(b, at)) at++;
  const first = mpegFrame(b, at);
  if (!first) return null;
  const side = first.mpeg1 ? (first.mono ? 17 : 32) : first.mono ? 9 : 17;
  const xing = at + 4 + side;
  const tag = ascii(b, xing, 4);
  if ((tag === 'Xing' || tag === 'Info') && xing + 12 <= b.length) {
    const v = view(b);
    if (v.getUint32(xing + 4) & 1)
      return (v.getUint32(xing + 8) * first.samples) / first.sampleRate;
  }
  if (ascii(b, at + 36, 4) === 'VBRI' && at + 54 <= b.length)
    return (view(b).getUint32(at + 50) * first.samples) / first.sampleRate;
  let seconds = 0;
  let frames = 0;
  for (let f = mpegFrame(b, at); f; f = mpegFrame(b, at)) {
    seconds += f.samples / f.sampleRate;
    frames++;
    at += f.length;
  }
  return frames > 0 ? seconds : null;
}

/** Seconds of an Ogg Vorbis or Opus file: the last page's granule position over the sample rate. */
export function oggDuration(b: Uint8Array): number | null {
  if (ascii(b, 0, 4) !== 'OggS' || b.length < 28) return null;
  const v = view(b);
  const packet = 27 + (b[26] ?? 0);
  let rate = 0;
  let preSkip = 0;
  if (ascii(b, packet, 7) === '\x01vorbis' && packet + 16 <= b.length)
    rate = v.getUint32(packet + 12, true);
  else if (ascii(b, packet, 8) === 'OpusHead' && packet + 12 <= b.length) {
    rate = 48000;
    preSkip = v.getUint16(packet + 10, true);
  }
  if (!rate) return null;
  for (let at = b.length - 27; at >= 0; at--) {
    if (b[at] === 0x4f && ascii(b, at, 4) === 'OggS') {
      const granule = Number(v.getBigInt64(at + 6, true));
      return granule > 0 ? Math.max(0, granule - preSkip) / rate : null;
    }
  }
  return null;
}

/** The duration of an audio file in seconds, by its media type; null when it cannot be read. */
export function audioDuration(mediaType: string, b: Uint8Array): number | null {
  switch (mediaType) {
    case 'audio/wav':
      return wavDuration(b);
    case 'audio/mpeg':
      return mp3Duration(b);
    case 'audio/ogg':
      return oggDuration(b);
    default:
      return null;
  }
}
