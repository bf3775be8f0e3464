import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiskStorage } from './disk-storage.js';
import type { FileStorage } from './file-storage.js';

/** Every file under dir, as paths relative to it, dotfiles included. */
async function listAll(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

describe('disk file storage', () => {
  let root: string;
  let storage: FileStorage;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'balaikota-storage-'));
    // A folder that does not exist yet: the storage makes it on first write.
    storage = createDiskStorage(path.join(root, 'uploads'));
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('gives back the bytes and the content type that were put', async () => {
    const data = randomBytes(4096);
    await storage.put('complaints/0192f3a4/1.jpg', data, 'image/jpeg');
    await storage.put('opendata/set-7/data.csv', Buffer.from('a,b\n1,2\n'), 'text/csv; charset=utf-8');

    const photo = await storage.get('complaints/0192f3a4/1.jpg');
    expect(photo?.contentType).toBe('image/jpeg');
    expect(photo?.data.equals(data)).toBe(true);
    expect((await storage.get('opendata/set-7/data.csv'))?.contentType).toBe('text/csv; charset=utf-8');
  });

  it('answers null for a key that was never written, or names a folder', async () => {
    expect(await storage.get('complaints/none/1.jpg')).toBeNull();
    await storage.put('complaints/9/1.jpg', Buffer.from('x'), 'image/jpeg');
    expect(await storage.get('complaints/9')).toBeNull();
    expect(await storage.get('complaints/9/1.jpg/deeper')).toBeNull();
  });

  it('replaces a file put again under the same key', async () => {
    await storage.put('a/1.png', Buffer.from('first'), 'image/png');
    await storage.put('a/1.png', Buffer.from('second'), 'image/webp');
    const file = await storage.get('a/1.png');
    expect(file?.data.toString()).toBe('second');
    expect(file?.contentType).toBe('image/webp');
  });

  it('deletes a file with its type, and deleting a missing key is not an error', async () => {
    await storage.put('complaints/1/1.jpg', Buffer.from('x'), 'image/jpeg');
    await storage.delete('complaints/1/1.jpg');
    expect(await storage.get('complaints/1/1.jpg')).toBeNull();
    expect(await listAll(path.join(root, 'uploads'))).toEqual([]);
    await expect(storage.delete('complaints/1/1.jpg')).resolves.toBeUndefined();
    await expect(storage.delete('never/was.jpg')).resolves.toBeUndefined();
  });

  it.each([
    ['../x'],
    ['a/../../etc/passwd'],
    ['/etc/passwd'],
    ['a//b'],
    ['a/b/'],
    [''],
    ['.'],
    ['a/./b'],
    ['.hidden'],
    ['A.JPG'],
    ['complaints\\1.jpg'],
    ['a\0b'],
    ['a b.jpg'],
    ['-rf'],
  ])('refuses the key %j for every operation', async (key) => {
    await expect(storage.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(/Invalid storage key/);
    await expect(storage.get(key)).rejects.toThrow(/Invalid storage key/);
    await expect(storage.delete(key)).rejects.toThrow(/Invalid storage key/);
  });

  it('never writes outside its root, whatever the key', async () => {
    await storage.put('../escape', Buffer.from('x'), 'text/plain').catch(() => undefined);
    expect(await readdir(root)).toEqual([]);
  });

  it('leaves whole files and no temporary files behind, even when writers race on one key', async () => {
    const versions = Array.from({ length: 8 }, () => randomBytes(256 * 1024));
    await Promise.all(versions.map((v) => storage.put('complaints/race/1.jpg', v, 'image/jpeg')));

    const file = await storage.get('complaints/race/1.jpg');
    // Exactly one writer's bytes, never a mix or a prefix of them.
    expect(versions.some((v) => file?.data.equals(v))).toBe(true);

    const files = await listAll(path.join(root, 'uploads'));
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files).toEqual(['complaints/race/.1.jpg.type', 'complaints/race/1.jpg']);
  });

  it('keeps files away from other users on the machine', async () => {
    await storage.put('complaints/2/1.jpg', Buffer.from('x'), 'image/jpeg');
    const { mode } = await stat(path.join(root, 'uploads', 'complaints', '2', '1.jpg'));
    // At most rw-r----- (the umask can only take more away): no write for the group, nothing for others.
    expect(mode & 0o037).toBe(0);
  });
});
