import { Type } from '@sinclair/typebox';

const Code = Type.Object({ system: Type.String({ description: "The numbering system, e.g. 'kemendagri' or 'bps'" }), code: Type.String() });
const Centre = Type.Union([Type.Object({ lat: Type.Number(), lon: Type.Number() }), Type.Null()]);

const WilayahFields = {
  id: Type.String(),
  name: Type.String(),
  codes: Type.Array(Code),
  hasBoundary: Type.Boolean({ description: 'Whether a boundary polygon is loaded' }),
  centre: Centre,
};

export const WilayahListSchema = Type.Object({
  items: Type.Array(Type.Object({ ...WilayahFields, kelurahan: Type.Array(Type.Object(WilayahFields)) }), {
    description: 'Kecamatan by name, each with its kelurahan',
  }),
});

export const ResolveQuery = Type.Object(
  {
    lat: Type.Number({ minimum: -90, maximum: 90, description: 'Latitude, WGS 84' }),
    lon: Type.Number({ minimum: -180, maximum: 180, description: 'Longitude, WGS 84' }),
  },
  { additionalProperties: false },
);

const Named = Type.Object({ id: Type.String(), name: Type.String() });

export const ResolvedPlaceSchema = Type.Object({
  kecamatan: Named,
  kelurahan: Type.Union([Named, Type.Null()], { description: 'Null unless a loaded kelurahan boundary holds the point' }),
  method: Type.Union([Type.Literal('boundary'), Type.Literal('nearest_centre')]),
  approximate: Type.Boolean(),
  note: Type.String({ description: 'How the place was found, in the language asked for' }),
});

/** A GeoJSON FeatureCollection on the outside; each feature is checked by the service, which reports what it could not use. */
export const BoundaryImportBody = Type.Object(
  {
    type: Type.String({ description: "'FeatureCollection'" }),
    features: Type.Array(Type.Unknown()),
  },
  { description: 'A GeoJSON FeatureCollection of kelurahan boundaries in WGS 84 ([lon, lat])' },
);

export const BoundaryImportQuery = Type.Object(
  { source: Type.Optional(Type.String({ minLength: 1, maxLength: 300, description: 'Where the file came from, kept with each boundary' })) },
  { additionalProperties: false },
);

const FeatureProblem = Type.Object({
  index: Type.Integer({ description: "The feature's position in the file, from 0" }),
  name: Type.Union([Type.String(), Type.Null()]),
  reason: Type.String(),
  detail: Type.String(),
});

export const BoundaryImportReportSchema = Type.Object({
  source: Type.String(),
  matched: Type.Array(
    Type.Object({
      index: Type.Integer(),
      kelurahanId: Type.String(),
      name: Type.String(),
      nameInFile: Type.String(),
      codes: Type.Array(Code),
    }),
  ),
  unmatched: Type.Array(FeatureProblem),
  rejected: Type.Array(FeatureProblem, { description: 'Features whose geometry cannot be used' }),
  duplicates: Type.Array(
    Type.Object(
      { kelurahanId: Type.String(), name: Type.String(), indexes: Type.Array(Type.Integer()) },
      { description: 'Several features for one kelurahan, kept together' },
    ),
  ),
  codeConflicts: Type.Array(
    Type.Object(
      { system: Type.String(), code: Type.String(), names: Type.Array(Type.String()) },
      { description: 'A code given to more than one wilayah: not saved' },
    ),
  ),
  counts: Type.Object({
    matched: Type.Integer(),
    unmatched: Type.Integer(),
    rejected: Type.Integer(),
    kelurahanLoaded: Type.Integer(),
    kelurahanWithBoundary: Type.Integer(),
    kelurahanWithoutBoundary: Type.Array(Type.String()),
  }),
});
