/**
 * Who hears of a dataset, by mail through the outbox: the walidata when a producer sends one for
 * approval; the producer's OPD staff (operators and head) when the walidata approves, rejects,
 * publishes or unpublishes it, and when its data is past due.
 */
import type { Platform } from '../../platform/module.js';
import type { OutboxHandler } from '../../platform/outbox/outbox.service.js';
import { createUsersService } from '../org/index.js';
import { OVERDUE_TEXT, queueMails, REVIEW_TEXT } from './dataset.mail.js';
import { datasetRows } from './dataset.repository.js';
import { dueOf, FREQUENCY_LABELS } from './dataset.views.js';
import { isDatasetAction } from './dataset.workflow.js';

export const DATASET_REVIEWED = 'opendata.dataset_reviewed';
export const DATASET_OVERDUE = 'opendata.dataset_overdue';

export function datasetOutboxHandlers(platform: Platform): Record<string, OutboxHandler> {
  const { db, config } = platform;
  const users = createUsersService(platform);
  const staffOf = (opdId: string) => users.contacts(['operator_opd', 'kepala_opd'], opdId);
  // The page each reader acts on: the walidata's review page, or the producer's dataset in the console.
  const walidataLink = (name: string) => `${config.publicUrl}/konsol/data/verifikasi/${encodeURIComponent(name)}`;
  const producerLink = (name: string) => `${config.publicUrl}/konsol/data/dataset/${encodeURIComponent(name)}`;

  async function load(payload: Record<string, unknown>) {
    const [row] = await datasetRows(db, [String(payload.datasetId)]);
    return row;
  }
  const facts = (row: NonNullable<Awaited<ReturnType<typeof load>>>, extra: { comment?: string; due?: string; title?: string } = {}) => ({
    title: extra.title || row.title,
    producer: row.producer_title,
    comment: extra.comment ?? '',
    due: extra.due ?? '',
    frequency: FREQUENCY_LABELS[row.frequency],
  });

  return {
    [DATASET_REVIEWED]: async (payload) => {
      const action = String(payload.action);
      const text = isDatasetAction(action) ? REVIEW_TEXT[action] : undefined;
      const row = text ? await load(payload) : undefined;
      if (!text || !row) return;
      const toWalidata = action === 'submit';
      const people = toWalidata ? await users.contacts(['walidata'], null) : await staffOf(row.opd_id);
      const link = toWalidata ? walidataLink(row.name) : producerLink(row.name);
      await queueMails(platform, people, text, facts(row, { comment: String(payload.comment ?? ''), title: String(payload.title ?? '') }), link);
    },
    [DATASET_OVERDUE]: async (payload) => {
      const row = await load(payload);
      const due = String(payload.dueOn);
      // New data since the check, or no longer published: nothing to tell.
      if (!row) return;
      if (row.status !== 'DITAYANGKAN' || dueOf(row, config.cityTimezone) !== due) return;
      await queueMails(platform, await staffOf(row.opd_id), OVERDUE_TEXT, facts(row, { due }), producerLink(row.name));
    },
  };
}
