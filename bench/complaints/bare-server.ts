/** The yardstick: a bare Fastify endpoint that takes and answers JSON, run beside each measurement. */
import Fastify from 'fastify';

const app = Fastify();
app.post('/echo', async (request, reply) => reply.code(201).send({ ok: true, got: Object.keys(request.body as object).length }));
app.get('/echo', async () => ({ ok: true }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
