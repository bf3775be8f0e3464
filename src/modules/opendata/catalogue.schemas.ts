/** Payloads of producers (CKAN organizations), groups and licences. */
import { type Static, Type } from '@sinclair/typebox';
import { Uuid } from '../../platform/http/schemas.js';
import { PRODUCER_KINDS } from './opendata.tables.js';

const Name = Type.String({ pattern: '^[a-z0-9_-]{2,100}$', description: '2-100 characters: a-z, 0-9, - and _' });
const Kind = Type.Union(
  PRODUCER_KINDS.map((k) => Type.Literal(k)),
  { description: 'opd, kelurahan or faskes (health facility)' },
);

export const CreateProducerBody = Type.Object(
  {
    name: Name,
    title: Type.String({ minLength: 1, maxLength: 300 }),
    kind: Kind,
    opdId: Type.String({ format: 'uuid', description: 'The OPD whose staff act for the producer' }),
    description: Type.Optional(Type.String({ maxLength: 4000 })),
    email: Type.Optional(Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Null()])),
  },
  { additionalProperties: false },
);
export type CreateProducerBody = Static<typeof CreateProducerBody>;

export const CreateGroupBody = Type.Object(
  { name: Name, title: Type.String({ minLength: 1, maxLength: 300 }), description: Type.Optional(Type.String({ maxLength: 4000 })) },
  { additionalProperties: false },
);
export type CreateGroupBody = Static<typeof CreateGroupBody>;

export const ProducerViewSchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  title: Type.String(),
  kind: Kind,
  opdId: Uuid,
  description: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  datasetCount: Type.Integer({ description: 'Datasets in the public catalogue' }),
  createdAt: Type.String({ format: 'date-time' }),
});

export const GroupViewSchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  title: Type.String(),
  description: Type.String(),
  datasetCount: Type.Integer({ description: 'Datasets in the public catalogue' }),
  createdAt: Type.String({ format: 'date-time' }),
});

export const LicenseViewSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  url: Type.String(),
  openData: Type.Boolean({ description: 'Meets the Open Definition' }),
});

export const RefParams = Type.Object({ name: Type.String({ minLength: 1, maxLength: 100, description: 'Name or id' }) });
