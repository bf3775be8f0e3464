import { describe, expect, it } from 'vitest';
import { doneCount, IDLE, type ImportState, importReducer } from './importState';
import { type ImportEvent, lineSplitter, readImport } from './importStream';

/** An answer whose body arrives in the pieces given, as a slow network delivers it. */
function answerIn(pieces: string[]): Response {
  const bytes = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(bytes.encode(piece));
      controller.close();
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/x-ndjson' } });
}

const run = (state: ImportState, events: ImportEvent[]) => events.reduce((s, event) => importReducer(s, { type: 'event', event }), state);

describe('lineSplitter', () => {
  it('keeps a line cut between two pieces until its end arrives, and drops blank lines', () => {
    const lines = lineSplitter();
    expect(lines.push('{"a":1}\n{"b"')).toEqual(['{"a":1}']);
    expect(lines.push(':2}\n\n')).toEqual(['{"b":2}']);
    expect(lines.push('{"c":3}')).toEqual([]);
    expect(lines.end()).toEqual(['{"c":3}']);
    expect(lines.end()).toEqual([]);
  });
});

describe('readImport', () => {
  it('hands on each event as its line completes, even when a line and a character are split', async () => {
    const events: ImportEvent[] = [];
    const progress = '{"type":"progress","done":1,"total":1,"row":2,"name":"curah-hujan","outcome":"failed","message":{"id":"ñ gagal","en":"ñ failed"}}\n';
    const cut = new TextEncoder().encode(progress);
    // "ñ" is two bytes in UTF-8: the split falls inside it.
    const at = progress.indexOf('ñ') + 1;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"type":"checked","total":1,"toImport":1}\n'));
        controller.enqueue(cut.slice(0, at));
        controller.enqueue(cut.slice(at));
        controller.enqueue(new TextEncoder().encode('{"type":"report","report":{"total":1,"imported":[],"skipped":[],"failed":[],"published":false}}'));
        controller.close();
      },
    });
    await readImport(new Response(body), (event) => events.push(event));
    expect(events.map((e) => e.type)).toEqual(['checked', 'progress', 'report']);
    expect(events[1]).toMatchObject({ name: 'curah-hujan', message: { id: 'ñ gagal' } });
  });

  it('reads an answer that comes in one piece', async () => {
    const events: ImportEvent[] = [];
    await readImport(answerIn(['{"type":"checked","total":0,"toImport":0}\n{"type":"stopped","message":"Basis data tidak tersedia."}\n']), (e) =>
      events.push(e),
    );
    expect(events).toEqual([
      { type: 'checked', total: 0, toImport: 0 },
      { type: 'stopped', message: 'Basis data tidak tersedia.' },
    ]);
  });
});

describe('importReducer', () => {
  const checked: ImportEvent = { type: 'checked', total: 3, toImport: 2 };
  const line = (done: number, name: string, outcome: 'imported' | 'skipped' | 'failed'): ImportEvent => ({
    type: 'progress',
    done,
    total: 3,
    row: done + 1,
    name,
    outcome,
  });

  it('counts the datasets done and keeps each line, then the report', () => {
    const started = importReducer(IDLE, { type: 'start' });
    expect(started.phase).toBe('checking');
    const running = run(started, [checked, line(1, 'a', 'imported'), line(2, 'b', 'skipped')]);
    expect(running.phase).toBe('running');
    expect(doneCount(running)).toBe(2);
    expect(running.lines.map((l) => `${l.name} ${l.outcome}`)).toEqual(['a imported', 'b skipped']);
    const report = { total: 3, imported: ['a', 'c'], skipped: [{ row: 3, name: 'b' }], failed: [], published: false };
    const done = run(running, [line(3, 'c', 'imported'), { type: 'report', report }]);
    expect(done.phase).toBe('done');
    expect(done.report).toEqual(report);
    // The end of the answer after its report changes nothing.
    expect(importReducer(done, { type: 'cut' })).toBe(done);
  });

  it('says when the server stopped, or the answer ended before its report', () => {
    const running = run(importReducer(IDLE, { type: 'start' }), [checked, line(1, 'a', 'imported')]);
    expect(run(running, [{ type: 'stopped', message: 'Berhenti.' }])).toMatchObject({ phase: 'stopped', stopped: 'Berhenti.' });
    expect(importReducer(running, { type: 'cut' })).toMatchObject({ phase: 'cut', lines: running.lines });
  });

  it('forgets the last import when a new one starts or is refused', () => {
    const running = run(importReducer(IDLE, { type: 'start' }), [checked, line(1, 'a', 'imported')]);
    const error = new Error('422');
    expect(importReducer(running, { type: 'refused', error })).toEqual({ ...IDLE, phase: 'refused', error });
    expect(importReducer(running, { type: 'start' })).toEqual({ ...IDLE, phase: 'checking' });
  });
});
