import { describe, expect, it } from 'vitest';
import { espeakSpeech } from './espeak-speech';

// A program that exits without reading its input closes the pipe under Loa's write. The test uses
// coreutils' `true` and `false`, which never read stdin, and an input far larger than a pipe's
// buffer, so the write is sure to meet the closed pipe.
const long = 'Cử tri đi bầu cử. '.repeat(50_000);

describe('espeak-ng adapter when the program does not read its input', () => {
  it('answers by the exit code, not by the closed pipe', async () => {
    const quits = espeakSpeech('true');
    expect(await quits.synthesize(long, 'vi')).toEqual(new Uint8Array());
    expect(await quits.status()).toEqual({ available: true, reason: null });
  });

  it('turns a failing program into a rejection the caller can show, never a crash', async () => {
    await expect(espeakSpeech('false').synthesize(long, 'vi')).rejects.toThrow(/false exited 1/);
  });

  it('reports a missing program as no speech engine', async () => {
    const missing = espeakSpeech('/nonexistent/espeak-ng');
    expect((await missing.status()).available).toBe(false);
  });
});
