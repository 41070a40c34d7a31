/**
 * A valid PCM WAV file of a gentle tone (8 kHz, 8-bit mono): the demo's audio and the tests'
 * fixtures are made here, so no binary file is committed.
 */
export function toneWav(seconds: number, hz = 440, sampleRate = 8000): Uint8Array {
  const samples = Math.round(seconds * sampleRate);
  const out = new Uint8Array(44 + samples);
  const v = new DataView(out.buffer);
  const text = (at: number, s: string) => {
    for (let i = 0; i < s.length; i++) out[at + i] = s.charCodeAt(i);
  };
  text(0, 'RIFF');
  v.setUint32(4, 36 + samples, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  v.setUint32(16, 16, true);
  v.setUint16(20, 1, true); // PCM
  v.setUint16(22, 1, true); // mono
  v.setUint32(24, sampleRate, true);
  v.setUint32(28, sampleRate, true); // byte rate: 1 byte per sample
  v.setUint16(32, 1, true);
  v.setUint16(34, 8, true);
  text(36, 'data');
  v.setUint32(40, samples, true);
  for (let i = 0; i < samples; i++) {
    const fade = Math.min(1, i / 400, (samples - i) / 400);
    out[44 + i] = 128 + Math.round(40 * fade * Math.sin((2 * Math.PI * hz * i) / sampleRate));
  }
  return out;
}
