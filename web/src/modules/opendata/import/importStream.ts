/**
 * The bulk import over HTTP (bulk.routes.ts): the form goes up as multipart, and the answer comes
 * back as JSON lines while the server works, one per dataset, so the page shows progress as it
 * happens. A problem found before anything is written comes instead as one 422 (an ApiError).
 */
import { apiFetch } from '../../../api/client';

export const TEMPLATE_HREF = '/api/opendata/import/template.xlsx';
const IMPORT_PATH = '/api/opendata/import';

interface Localized {
  id: string;
  en: string;
}

export type Outcome = 'imported' | 'skipped' | 'failed';

/** The report at the end, as bulk.service.ts makes it. */
export interface ImportReport {
  total: number;
  imported: string[];
  skipped: Array<{ row: number; name: string }>;
  failed: Array<{ row: number; name: string; message: Localized }>;
  published: boolean;
}

export interface ProgressLine {
  done: number;
  total: number;
  row: number;
  name: string;
  outcome: Outcome;
  message?: Localized;
}

export type ImportEvent =
  | { type: 'checked'; total: number; toImport: number }
  | ({ type: 'progress' } & ProgressLine)
  | { type: 'report'; report: ImportReport }
  | { type: 'stopped'; message: string };

/** Splits text arriving in pieces into whole lines; a line cut between two pieces waits for its end. */
export function lineSplitter() {
  let rest = '';
  return {
    push(text: string): string[] {
      const lines = (rest + text).split('\n');
      rest = lines.pop() ?? '';
      return lines.filter((line) => line.trim() !== '');
    },
    end(): string[] {
      const last = rest.trim();
      rest = '';
      return last ? [last] : [];
    },
  };
}

/** Sends the files and the publish choice; the answer is returned unread, or the refusal thrown. */
export function sendImport(files: File[], publish: boolean, signal?: AbortSignal): Promise<Response> {
  const form = new FormData();
  form.append('publish', String(publish));
  // Only a file's own name: the server looks files up by the name the catalogue gives.
  for (const file of files) form.append('file', file, file.name);
  return apiFetch(IMPORT_PATH, { method: 'POST', body: form, headers: { Accept: 'application/x-ndjson, application/problem+json' }, signal });
}

/** Reads the answer line by line as it arrives, handing each event on; resolves when the server ends it. */
export async function readImport(response: Response, onEvent: (event: ImportEvent) => void): Promise<void> {
  if (!response.body) throw new Error('The import answered without a body');
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const lines = lineSplitter();
  const hand = (line: string) => onEvent(JSON.parse(line) as ImportEvent);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (const line of lines.push(decoder.decode(value, { stream: true }))) hand(line);
  }
  for (const line of [...lines.push(decoder.decode()), ...lines.end()]) hand(line);
}
