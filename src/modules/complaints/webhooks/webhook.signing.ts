/**
 * How a receiving system checks that a delivery came from us: HMAC-SHA256 over
 * "<timestamp>.<body>" with the webhook's secret, sent as X-Balaikota-Signature: sha256=<hex>
 * beside X-Balaikota-Timestamp (unix seconds), so a captured delivery cannot be replayed later.
 */
import { createHmac } from 'node:crypto';

export function signDelivery(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
