/** Sends a file to download: its name for the browser's "save as" and no copy kept in any cache. */
import type { FastifyReply } from 'fastify';
import { attachmentHeader } from '../storage/evidence-kind.js';

export function sendAttachment(reply: FastifyReply, file: { fileName: string; contentType: string; data: Buffer }) {
  return reply
    .type(file.contentType)
    .header('content-disposition', attachmentHeader(file.fileName))
    .header('cache-control', 'private, no-store')
    .send(file.data);
}
