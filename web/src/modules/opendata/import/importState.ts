/**
 * Where an import stands, from the events the server sends. Pure, so each way an import can end
 * (its report, the server stopping, the connection cut, a refusal before anything was written) is
 * tested without a server.
 */
import type { ImportEvent, ImportReport, ProgressLine } from './importStream';

export type ImportPhase = 'idle' | 'checking' | 'running' | 'done' | 'stopped' | 'cut' | 'refused';

export interface ImportState {
  phase: ImportPhase;
  /** Datasets in the catalogue, and how many of them are new. */
  total: number;
  toImport: number;
  lines: ProgressLine[];
  report: ImportReport | null;
  /** The server's reason for stopping, in the user's language. */
  stopped: string | null;
  /** The refusal (an ApiError, or a lost connection) when nothing was imported. */
  error: unknown;
}

export type ImportAction = { type: 'start' } | { type: 'event'; event: ImportEvent } | { type: 'refused'; error: unknown } | { type: 'cut' };

export const IDLE: ImportState = { phase: 'idle', total: 0, toImport: 0, lines: [], report: null, stopped: null, error: null };

/** True while the server is still checking or importing. */
export const isBusy = (state: ImportState) => state.phase === 'checking' || state.phase === 'running';

export function importReducer(state: ImportState, action: ImportAction): ImportState {
  switch (action.type) {
    case 'start':
      return { ...IDLE, phase: 'checking' };
    case 'refused':
      return { ...IDLE, phase: 'refused', error: action.error };
    case 'cut':
      // Only an answer that ended before its report was cut; a finished one stays finished.
      return isBusy(state) ? { ...state, phase: 'cut' } : state;
    case 'event': {
      const event = action.event;
      if (event.type === 'checked') return { ...state, phase: 'running', total: event.total, toImport: event.toImport };
      if (event.type === 'progress') {
        const { type: _type, ...line } = event;
        return { ...state, phase: 'running', total: event.total, lines: [...state.lines, line] };
      }
      if (event.type === 'report') return { ...state, phase: 'done', report: event.report };
      return { ...state, phase: 'stopped', stopped: event.message };
    }
  }
}

/** How many datasets are done, whatever their outcome. */
export const doneCount = (state: ImportState) => state.lines.at(-1)?.done ?? 0;
