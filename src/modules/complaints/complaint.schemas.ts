import { type Static, Type } from '@sinclair/typebox';
import { CalendarDay, PageQuery, Uuid } from '../../platform/http/schemas.js';
import { STATUSES } from './complaint.states.js';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const Kind = Type.Union([Type.Literal('pengaduan'), Type.Literal('aspirasi'), Type.Literal('permintaan_informasi')]);
const Privacy = Type.Union([Type.Literal('publik'), Type.Literal('anonim'), Type.Literal('rahasia')], {
  description: 'publik: the report is public, the reporter never is; anonim: the reporter is hidden from the OPD too; rahasia: the report is not public at all',
});
export const StatusSchema = Type.Union(STATUSES.map((s) => Type.Literal(s)));
const Latitude = Type.Number({ minimum: -90, maximum: 90 });
const Longitude = Type.Number({ minimum: -180, maximum: 180 });
const TrackingNo = Type.String({ pattern: '^[Ss][Bb][Tt]-\\d{4}-\\d{6,}$', description: 'e.g. SBT-2026-000123' });

export const FileComplaintBody = Type.Object(
  {
    kind: Type.Optional(Kind),
    category: Type.String({ minLength: 1, maxLength: 60, description: 'Category code (as in /api/sambat/categories) or id' }),
    description: Type.String({ minLength: 10, maxLength: 4000 }),
    location: Type.Object(
      {
        lat: Type.Optional(Latitude),
        lon: Type.Optional(Longitude),
        address: Type.Optional(Type.String({ maxLength: 500 })),
        source: Type.Optional(Type.Union([Type.Literal('pin'), Type.Literal('address'), Type.Literal('photo_gps')])),
        qrPlace: Type.Optional(Type.String({ maxLength: 60, description: 'The code printed on a QR poster' })),
      },
      { additionalProperties: false },
    ),
    privacy: Type.Optional(Privacy),
    reporter: Type.Optional(
      Type.Object(
        {
          name: Type.Optional(Type.String({ maxLength: 200 })),
          email: Type.Optional(Type.String({ format: 'email', maxLength: 320 })),
          phone: Type.Optional(Type.String({ maxLength: 30, pattern: '^[+0-9 ()-]*$' })),
        },
        { additionalProperties: false },
      ),
    ),
    attributes: Type.Optional(Type.Record(Type.String({ maxLength: 60 }), Type.String({ maxLength: 500 }))),
  },
  { additionalProperties: false },
);
export type FileComplaintBody = Static<typeof FileComplaintBody>;

export const FiledAnswer = Type.Object({
  trackingNo: Type.String(),
  secret: Type.String({ description: 'Keep it: with the tracking number it lets you reply, confirm or reopen without an account' }),
  status: StatusSchema,
  dueAt: Nullable(Type.String({ format: 'date-time' })),
  kecamatan: Nullable(Type.String()),
  kelurahan: Nullable(Type.String()),
  locationApproximate: Type.Boolean(),
  locationNote: Nullable(Type.String()),
});

const PhotoSchema = Type.Object({ id: Type.String(), url: Type.String(), thumbnailUrl: Type.String(), width: Type.Integer(), height: Type.Integer() });

export const PublicComplaintSchema = Type.Object({
  trackingNo: Type.String(),
  kind: Kind,
  category: Type.Object({ code: Type.String(), name: Type.String() }),
  description: Type.String(),
  status: StatusSchema,
  statusLabel: Type.String(),
  opd: Nullable(Type.String()),
  address: Nullable(Type.String()),
  lat: Type.Union([Type.Number(), Type.Null()]),
  lon: Type.Union([Type.Number(), Type.Null()]),
  locationApproximate: Type.Boolean(),
  kecamatan: Nullable(Type.String()),
  kelurahan: Nullable(Type.String()),
  supporters: Type.Integer(),
  duplicateOf: Nullable(Type.String()),
  satisfaction: Type.Union([Type.Integer(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  dueAt: Nullable(Type.String({ format: 'date-time' })),
  photos: Type.Array(PhotoSchema),
});

export const PublicEventSchema = Type.Object({
  id: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  type: Type.String(),
  status: Type.Union([StatusSchema, Type.Null()]),
  statusLabel: Nullable(Type.String()),
  by: Type.String(),
  opd: Nullable(Type.String()),
  note: Nullable(Type.String()),
  photos: Type.Array(PhotoSchema),
});

export const PublicDetailSchema = Type.Object({ complaint: PublicComplaintSchema, timeline: Type.Array(PublicEventSchema) });

const ReporterSchema = Type.Object({
  name: Nullable(Type.String()),
  email: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  userId: Nullable(Type.String()),
});

export const StaffComplaintSchema = Type.Composite([
  PublicComplaintSchema,
  Type.Object({
    id: Type.String(),
    privacy: Privacy,
    channel: Type.String(),
    opdId: Nullable(Type.String()),
    categoryId: Type.String(),
    kecamatanId: Nullable(Type.String()),
    kelurahanId: Nullable(Type.String()),
    escalationLevel: Type.Integer(),
    reopenCount: Type.Integer(),
    attributes: Type.Record(Type.String(), Type.String()),
    reporter: Type.Union([ReporterSchema, Type.Null()]),
    reporterHidden: Type.Boolean(),
    deadline: Type.Union(
      [
        Type.Object({
          workingDaysLeft: Type.Integer({ description: 'Working days from today to the due day: 0 on the due day, negative once past it' }),
          overdue: Type.Boolean(),
        }),
        Type.Null(),
      ],
      { description: 'The time limit the city hall is working to, in working days; null when it owes no step (waiting on the reporter, answered, finished)' },
    ),
  }),
]);

export const StaffDetailSchema = Type.Object({
  complaint: StaffComplaintSchema,
  coOpdIds: Type.Array(Type.String()),
  suggestedOpdId: Nullable(Type.String()),
  timeline: Type.Array(
    Type.Composite([
      PublicEventSchema,
      Type.Object({ visibility: Type.Union([Type.Literal('public'), Type.Literal('internal')]), internalNote: Nullable(Type.String()) }),
    ]),
  ),
});

const ListFilters = {
  status: Type.Optional(Type.String({ maxLength: 200, description: 'One status or several, comma-separated' })),
  category: Type.Optional(Type.String({ maxLength: 60 })),
  opdId: Type.Optional(Uuid),
  kecamatanId: Type.Optional(Uuid),
  from: Type.Optional(CalendarDay()),
  to: Type.Optional(CalendarDay()),
  bbox: Type.Optional(Type.String({ maxLength: 100, description: 'minLon,minLat,maxLon,maxLat (the GeoJSON order)' })),
  ...PageQuery,
};

export const PublicListQuery = Type.Object(ListFilters, { additionalProperties: false });
export const StaffListQuery = Type.Object(
  {
    ...ListFilters,
    overdue: Type.Optional(Type.Boolean()),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    sort: Type.Optional(Type.Union([Type.Literal('newest'), Type.Literal('oldest')], { description: 'newest (default) or oldest first, for working a queue' })),
  },
  { additionalProperties: false },
);

export const NearbyQuery = Type.Object(
  { category: Type.String({ minLength: 1, maxLength: 60 }), lat: Latitude, lon: Longitude, text: Type.Optional(Type.String({ maxLength: 4000 })) },
  { additionalProperties: false },
);

export const NearbyAnswer = Type.Object({
  items: Type.Array(
    Type.Object({
      trackingNo: Type.String(),
      description: Type.String(),
      status: StatusSchema,
      lat: Type.Number(),
      lon: Type.Number(),
      supporters: Type.Integer(),
      createdAt: Type.String({ format: 'date-time' }),
      metres: Type.Integer(),
    }),
  ),
});

export const TrackingParams = Type.Object({ trackingNo: TrackingNo });
const Secret = Type.Optional(Type.String({ minLength: 10, maxLength: 100, description: "The secret from the reporter's receipt" }));

export const MessageBody = Type.Object({ secret: Secret, message: Type.String({ minLength: 1, maxLength: 4000 }) }, { additionalProperties: false });
export const ConfirmBody = Type.Object(
  { secret: Secret, satisfaction: Type.Integer({ minimum: 1, maximum: 5 }), note: Type.Optional(Type.String({ maxLength: 4000 })) },
  { additionalProperties: false },
);
export const ReopenBody = Type.Object({ secret: Secret, reason: Type.String({ minLength: 5, maxLength: 4000 }) }, { additionalProperties: false });

export const SupportAnswer = Type.Object({ supporters: Type.Integer(), added: Type.Boolean() });

export const RouteBody = Type.Object(
  { opdId: Uuid, coOpdIds: Type.Optional(Type.Array(Uuid, { maxItems: 10 })), note: Type.Optional(Type.String({ maxLength: 4000 })) },
  { additionalProperties: false },
);
export const PostponeBody = Type.Object({ question: Type.String({ minLength: 5, maxLength: 4000 }) }, { additionalProperties: false });
export const RejectBody = Type.Object(
  {
    reason: Type.Union([Type.Literal('bukan_wewenang'), Type.Literal('spam'), Type.Literal('duplicate')]),
    note: Type.Optional(Type.String({ maxLength: 4000 })),
    duplicateOf: Type.Optional(TrackingNo),
    forwardToLapor: Type.Optional(Type.Boolean({ description: 'With reason bukan_wewenang: forward it to SP4N-LAPOR! (when LAPOR_URL is set)' })),
  },
  { additionalProperties: false },
);
export const NoteBody = Type.Object({ note: Type.String({ minLength: 1, maxLength: 4000 }) }, { additionalProperties: false });
export const OptionalNoteBody = Type.Object({ note: Type.Optional(Type.String({ maxLength: 4000 })) }, { additionalProperties: false });
export const ReturnBody = Type.Object({ reason: Type.String({ minLength: 5, maxLength: 4000 }) }, { additionalProperties: false });
export const RespondBody = Type.Object({ answer: Type.String({ minLength: 5, maxLength: 4000 }) }, { additionalProperties: false });

export const StatusAnswer = Type.Object({ trackingNo: Type.String(), status: StatusSchema, dueAt: Nullable(Type.String({ format: 'date-time' })) });

export const CategorySchema = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  description: Nullable(Type.String()),
  defaultOpdId: Nullable(Type.String()),
  duplicateRadiusMetres: Type.Integer(),
  limits: Type.Object({ verifyDays: Type.Integer(), respondDays: Type.Integer(), closeDays: Type.Integer() }),
  skipVerification: Type.Boolean({ description: 'Filed complaints go straight to the routed OPD' }),
  active: Type.Boolean({ description: 'False for a retired category (listed only with all=true, for admins)' }),
});

export const GeoJsonAnswer = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(
    Type.Object({
      type: Type.Literal('Feature'),
      geometry: Type.Object({ type: Type.Literal('Point'), coordinates: Type.Array(Type.Number()) }),
      properties: Type.Omit(PublicComplaintSchema, ['lat', 'lon']),
    }),
  ),
  total: Type.Integer(),
  totalCapped: Type.Optional(Type.Boolean({ description: 'True when more match than total says (counting stops at 1,000)' })),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const BulkBody = Type.Object(
  {
    action: Type.Union([Type.Literal('verify'), Type.Literal('redisposition'), Type.Literal('accept'), Type.Literal('start'), Type.Literal('reject')]),
    ids: Type.Array(Uuid, { minItems: 1, maxItems: 100, uniqueItems: true }),
    opdId: Type.Optional(Uuid),
    reason: Type.Optional(Type.Union([Type.Literal('bukan_wewenang'), Type.Literal('spam')])),
    note: Type.Optional(Type.String({ maxLength: 4000 })),
  },
  { additionalProperties: false },
);

export const BulkAnswer = Type.Object({
  results: Type.Array(
    Type.Object({
      id: Type.String(),
      ok: Type.Boolean(),
      trackingNo: Type.Optional(Type.String()),
      status: Type.Optional(StatusSchema),
      code: Type.Optional(Type.String()),
      detail: Type.Optional(Type.String()),
    }),
  ),
});

export const StatsQuery = Type.Object(
  {
    from: Type.Optional(CalendarDay({ description: 'First day of filing (default: the first of this month)' })),
    to: Type.Optional(CalendarDay({ description: 'Last day of filing (default: today)' })),
    opdId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);

const NullableNumber = Type.Union([Type.Number(), Type.Null()]);
export const StatsAnswer = Type.Object({
  from: Type.String(),
  to: Type.String(),
  items: Type.Array(
    Type.Object({
      opdId: Nullable(Type.String()),
      opd: Nullable(Type.String()),
      received: Type.Integer(),
      dispositioned: Type.Integer(),
      answered: Type.Integer(),
      closed: Type.Integer(),
      medianHoursToVerify: NullableNumber,
      medianHoursToAnswer: NullableNumber,
      answeredInTimeShare: NullableNumber,
      reopenRate: NullableNumber,
      satisfaction: NullableNumber,
      rated: Type.Integer(),
    }),
  ),
});
