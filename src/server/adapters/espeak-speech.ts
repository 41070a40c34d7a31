import { spawn } from 'node:child_process';
import type { SpeechSynthesizer } from '../../domain/content/content.port';
import { NO_SPEECH_ENGINE } from '../../domain/content/speak-content';

/**
 * Runs a program with `input` on stdin and returns its stdout; rejects with the error or exit code.
 * A program may exit before reading its input (`--version` does), which closes the pipe under our
 * write: that EPIPE is not a failure of its own, the exit code decides, and it must never escape as
 * an uncaught exception that would stop the server.
 */
function run(binary: string, args: string[], input: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdin.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') reject(e);
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(Buffer.concat(out))
        : reject(new Error(`${binary} exited ${code}: ${err}`)),
    );
    child.stdin.end(input);
  });
}

/**
 * espeak-ng (Debian package espeak-ng) reading Vietnamese text into a WAV file: robotic but
 * intelligible, and clearly flagged as machine-read. Reports itself unavailable when not installed.
 */
export function espeakSpeech(binary = 'espeak-ng'): SpeechSynthesizer {
  let known: Promise<{ available: boolean; reason: string | null }> | null = null;
  return {
    name: 'espeak-ng',
    status() {
      known ??= run(binary, ['--version'], '')
        .then(() => ({ available: true, reason: null }))
        .catch(() => ({ available: false, reason: NO_SPEECH_ENGINE }));
      return known;
    },
    async synthesize(text, language) {
      const wav = await run(binary, ['-v', language, '-s', '150', '--stdout'], text);
      return new Uint8Array(wav);
    },
  };
}
