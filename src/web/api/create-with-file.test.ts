import { describe, expect, it } from 'vitest';
import { FILE_USES } from '../../contracts/file-uses';
import { ApiError } from './client';
import { createWithFile, FileRefused } from './create-with-file';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Records which steps ran; the upload answers as the server would. */
function flow(file: File | null, uploadAnswer: 'ok' | ApiError, existing = false) {
  const ran: string[] = [];
  const run = createWithFile({
    file,
    use: FILE_USES.candidatePhoto,
    create: () => (ran.push('create'), Promise.resolve({ id: 'c1' })),
    upload: () => (
      ran.push('upload'),
      uploadAnswer === 'ok' ? Promise.resolve() : Promise.reject(uploadAnswer)
    ),
    remove: existing ? undefined : () => (ran.push('remove'), Promise.resolve()),
    rolledBack: () => ran.push('new key'),
  });
  return { ran, run };
}

const refusedByServer = new ApiError({
  title: 'Dữ liệu không hợp lệ',
  status: 422,
  code: 'validation',
  detail: 'Ảnh phải là tệp JPEG, PNG hoặc WebP.',
});

describe('createWithFile', () => {
  it('creates nothing for a file the server would refuse', async () => {
    const { ran, run } = flow(new File(['không phải ảnh'], 'anh.jpg'), 'ok');
    await expect(run).rejects.toBeInstanceOf(FileRefused);
    expect(ran).toEqual([]);
  });

  it('creates, then sends a file the rules take', async () => {
    const { ran, run } = flow(new File([PNG], 'anh.png'), 'ok');
    await expect(run).resolves.toEqual({ id: 'c1' });
    expect(ran).toEqual(['create', 'upload']);
  });

  it('takes the item back when the server refuses the file anyway, with its words', async () => {
    const { ran, run } = flow(new File([PNG], 'anh.png'), refusedByServer);
    await expect(run).rejects.toThrow('Ảnh phải là tệp JPEG, PNG hoặc WebP.');
    expect(ran).toEqual(['create', 'upload', 'remove', 'new key']);
  });

  it('keeps an item that existed before the file was sent', async () => {
    const { ran, run } = flow(new File([PNG], 'anh.png'), refusedByServer, true);
    await expect(run).rejects.toBeInstanceOf(FileRefused);
    expect(ran).toEqual(['create', 'upload']);
  });
});
