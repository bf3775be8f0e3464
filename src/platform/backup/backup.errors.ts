/**
 * What `balaikota backup` and `balaikota restore` refuse, in both languages. An operator reads
 * these at a console, often in a hurry: each one says what was found and what to do next.
 */
import { AppError } from '../../errors.js';

export const backupErrors = {
  notABackup: (file: string, reason: string) =>
    new AppError('backup.unreadable', 'invalid', {
      id: `${file} bukan cadangan Balaikota yang dapat dibaca (${reason}). Periksa nama berkasnya, atau apakah berkas itu terpotong saat disalin.`,
      en: `${file} is not a readable Balaikota backup (${reason}). Check the file name, or whether the file was cut short while being copied.`,
    }),

  newerFormat: (version: number) =>
    new AppError('backup.newer_format', 'unprocessable', {
      id: `Cadangan ini memakai format versi ${version}, yang dibuat oleh Balaikota yang lebih baru. Perbarui Balaikota terlebih dahulu, lalu pulihkan lagi.`,
      en: `This backup uses format version ${version}, written by a newer Balaikota. Update Balaikota first, then restore again.`,
    }),

  newerSchema: (unknown: string[]) =>
    new AppError('backup.newer_schema', 'unprocessable', {
      id: `Cadangan ini dibuat oleh Balaikota yang lebih baru: migrasi ${list(unknown)} tidak dikenal versi ini. Perbarui Balaikota ke versi yang membuat cadangan itu (atau yang lebih baru), lalu pulihkan lagi.`,
      en: `This backup was made by a newer Balaikota: this version does not know the migration(s) ${list(unknown)}. Update Balaikota to the version that made the backup (or a later one), then restore again.`,
    }),

  kindMismatch: (backupKind: string, targetKind: string) =>
    new AppError('backup.kind_mismatch', 'unprocessable', {
      id: `Cadangan ini berisi basis data ${backupKind}, sedangkan konfigurasi ini memakai ${targetKind}${targetKind === 'postgres' ? ' (DATABASE_URL terisi)' : ' (DATABASE_URL kosong)'}. Pulihkan ke jenis basis data yang sama: cadangan tidak memindahkan data antara PGlite dan PostgreSQL.`,
      en: `This backup holds a ${backupKind} database, but this configuration uses ${targetKind}${targetKind === 'postgres' ? ' (DATABASE_URL is set)' : ' (DATABASE_URL is unset)'}. Restore into the same kind of database: a backup does not move data between PGlite and PostgreSQL.`,
    }),

  targetNotEmpty: (what: string) =>
    new AppError('backup.target_not_empty', 'conflict', {
      id: `Tujuan pemulihan tidak kosong: ${what}. Pulihkan ke basis data dan DATA_DIR yang kosong, atau tambahkan --force untuk MENGGANTI isinya dengan cadangan.`,
      en: `The restore target is not empty: ${what}. Restore into an empty database and DATA_DIR, or add --force to REPLACE what is there with the backup.`,
    }),

  serverRunning: (lockMessage: string) =>
    new AppError('backup.data_dir_in_use', 'conflict', {
      id: `${lockMessage} Hentikan server terlebih dahulu: cadangan dan pemulihan PGlite memerlukan folder data tanpa proses lain, itulah yang membuat salinannya utuh.`,
      en: `${lockMessage} Stop the server first: a PGlite backup or restore needs the data folder to itself, which is what makes the copy consistent.`,
    }),

  noPgliteDatabase: (dir: string) =>
    new AppError('backup.no_database', 'not_found', {
      id: `Tidak ada basis data PGlite di ${dir}, jadi tidak ada yang dicadangkan. Periksa DATA_DIR, atau isi DATABASE_URL bila datanya di PostgreSQL.`,
      en: `There is no PGlite database in ${dir}, so there is nothing to back up. Check DATA_DIR, or set DATABASE_URL if the data is in PostgreSQL.`,
    }),

  toolMissing: (tool: string) =>
    new AppError('backup.tool_missing', 'unavailable', {
      id: `${tool} tidak ditemukan. Pasang alat klien PostgreSQL (Debian/Ubuntu: apt-get install postgresql-client) dengan versi mayor yang sama dengan server atau lebih baru, lalu ulangi.`,
      en: `${tool} was not found. Install the PostgreSQL client tools (Debian/Ubuntu: apt-get install postgresql-client), of the server's major version or newer, and try again.`,
    }),

  toolFailed: (tool: string, output: string) =>
    new AppError('backup.tool_failed', 'unavailable', {
      id: `${tool} gagal: ${output}`,
      en: `${tool} failed: ${output}`,
    }),

  verifyFailed: (differences: string[], changed: boolean) =>
    new AppError('backup.verify_failed', 'unprocessable', {
      id: `Hasil pemulihan tidak sama dengan cadangan: ${list(differences)}. ${changed ? 'Data sudah ditulis; periksa sebelum menjalankan server.' : 'Tidak ada yang diubah.'}`,
      en: `The restored data does not match the backup: ${list(differences)}. ${changed ? 'The data has been written; check it before starting the server.' : 'Nothing was changed.'}`,
    }),
};

/** At most ten items, so one bad backup cannot flood the console. */
function list(items: string[]): string {
  const shown = items.slice(0, 10).join('; ');
  return items.length > 10 ? `${shown}; (+${items.length - 10})` : shown;
}
