import { z } from 'zod';
import { VOTES_CAP, int } from './common';
import { ELECTION_TYPES, VOTE_DENOMINATORS, VOTER_BASES } from '../domain/elections/election';
import { MAX_EVIDENCE_BYTES } from '../domain/elections/milestones';
import { FILE_USES, largestCap } from '../domain/content/file-uses';
import { formFlag, uploadForm, TABLE_FILE_MAX_BYTES } from './upload-form';

const isoDate = z.iso.date().describe('YYYY-MM-DD');

export const ElectionResponseSchema = z.object({
  id: z.uuid(),
  slug: z.string().describe('Stable readable id, e.g. na-hdnd.2026-03-15'),
  type: z.enum(ELECTION_TYPES),
  name: z.string(),
  term: z.string(),
  electionDay: isoDate,
  template: z.string(),
  unitId: z.uuid(),
  dayReason: z.string().nullable(),
  dayWarning: z.string().nullable().describe('Set when an NA_HDND election day is not a Sunday'),
  voteDenominator: z.enum(VOTE_DENOMINATORS),
  voterBasis: z
    .enum(VOTER_BASES)
    .describe('VILLAGE_HEAD: who votes, household representatives or every voter'),
  rules: z.array(z.string()).describe('The validity rules as users read them, in Vietnamese'),
  sample: z.boolean(),
  version: z.number().int(),
});

export const ElectionListResponseSchema = z.object({
  items: z.array(
    ElectionResponseSchema.extend({
      counts: z.object({
        done: z.number(),
        upcoming: z.number(),
        due: z.number(),
        overdue: z.number(),
      }),
      nextMilestone: z.object({ title: z.string(), dueOn: isoDate }).nullable(),
    }),
  ),
  templates: z.array(
    z.object({ code: z.string(), type: z.enum(ELECTION_TYPES), name: z.string() }),
  ),
});

export const CreateElectionRequestSchema = z.strictObject({
  type: z.enum(ELECTION_TYPES),
  name: z.string().min(1).max(300),
  term: z.string().max(20).describe('2026-2031'),
  electionDay: isoDate,
  unitId: z.uuid().describe('The scope unit'),
  template: z.string().optional(),
  dayReason: z
    .string()
    .max(1000)
    .nullish()
    .describe('Required when an NA_HDND day is not a Sunday'),
  voteDenominator: z.enum(VOTE_DENOMINATORS).optional(),
  voterBasis: z.enum(VOTER_BASES).optional(),
});

export const UpdateElectionRequestSchema = CreateElectionRequestSchema.pick({
  name: true,
  term: true,
  electionDay: true,
  dayReason: true,
  voteDenominator: true,
  voterBasis: true,
}).partial();

export const MilestoneResponseSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  offset: z.number().int().nullable(),
  workingDays: z.boolean(),
  dueOn: isoDate,
  time: z.string().nullable(),
  note: z.string().nullable(),
  forVoters: z.boolean(),
  edited: z.boolean(),
  doneAt: z.string().nullable(),
  evidenceNote: z.string().nullable(),
  evidenceUrl: z.string().nullable(),
  evidenceFileName: z.string().nullable(),
  status: z.enum(['done', 'upcoming', 'due', 'overdue']),
  citation: z.string().nullable().describe('The legal basis of the step'),
  unitId: z.uuid().nullable().describe("Set on a unit's own part of an election above it"),
  perSubUnit: z.boolean().describe('Each thôn / khu phố does the step and shows a photo'),
  custom: z.boolean().describe('Added by an officer; only these can be removed'),
  own: z.boolean().describe("The step's scope is in your subtree"),
  subUnits: z
    .object({ done: z.number().int(), total: z.number().int() })
    .nullable()
    .describe('Sub-units of your part that have done a per-sub-unit step'),
});
export const MilestoneListResponseSchema = z.object({ items: z.array(MilestoneResponseSchema) });

export const UpdateMilestoneRequestSchema = z.strictObject({
  title: z.string().min(1).max(500).optional(),
  dueOn: isoDate.optional(),
  time: z.string().max(50).nullish(),
  note: z.string().max(1000).nullish(),
  citation: z.string().max(500).nullish(),
  forVoters: z.boolean().optional(),
});

/** Marks a milestone done (or reopens it) with a note, a link or a file as evidence. */
export const MilestoneEvidenceForm = uploadForm(
  z.strictObject({
    done: formFlag.describe('"true": done (with a note, a link or a file); "false": reopened'),
    note: z.string().max(5000).optional().describe('What was done; left out or empty clears it'),
    url: z.string().max(2000).optional().describe('http(s) link; left out or empty clears it'),
  }),
  {
    file: {
      maxBytes: MAX_EVIDENCE_BYTES,
      optional: true,
      description: 'Any type, ≤ 5 MB, named by what it is; left out keeps the earlier file',
    },
  },
);

export const AddMilestoneRequestSchema = z.strictObject({
  title: z.string().min(1).max(500),
  dueOn: isoDate,
  citation: z.string().max(500).nullish().describe('The legal basis, e.g. Nghị định 59/2023/NĐ-CP'),
  note: z.string().max(1000).nullish(),
  time: z.string().max(50).nullish(),
  forVoters: z.boolean().optional(),
  perSubUnit: z.boolean().optional().describe('Each thôn / khu phố marks it done with a photo'),
  unitId: z.uuid().optional().describe('Whose step it is; by default your unit (your part)'),
});

export const SubUnitListResponseSchema = z.object({
  items: z.array(
    z.object({
      unitId: z.uuid(),
      unitName: z.string(),
      doneOn: isoDate.nullable().describe('Null: not done yet'),
      note: z.string().nullable(),
      hasPhoto: z.boolean(),
    }),
  ),
});

export const CompleteSubUnitForm = uploadForm(
  z.strictObject({
    doneOn: isoDate.describe('The day the thôn / khu phố did it; not after today'),
    note: z.string().max(1000).optional(),
  }),
  {
    photo: {
      maxBytes: largestCap(FILE_USES.subUnitPhoto),
      description: 'The evidence photo (JPEG, PNG, WebP…, checked by content), ≤ 10 MB',
    },
  },
);

export const FeedRequestSchema = z.strictObject({
  electionId: z.uuid().optional(),
  unitId: z.uuid().optional(),
});
export const FeedResponseSchema = z.object({
  url: z.string().describe('Subscribable without a cookie; shown once, keep it private'),
});
export const FeedListResponseSchema = z.object({
  items: z
    .array(
      z.object({
        id: z.uuid(),
        electionId: z.uuid().nullable(),
        electionName: z.string().nullable().describe('The election it shows, if one'),
        unitId: z.uuid().nullable(),
        unitName: z.string().nullable().describe('The unit whose elections it shows, if one'),
        createdAt: z.iso.datetime(),
      }),
    )
    .describe('Your calendar feeds, newest first; the token is never shown again'),
});
export type FeedListResponse = z.infer<typeof FeedListResponseSchema>;

export const DistrictResponseSchema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  name: z.string(),
  seats: z.number().int(),
  candidatesPublishedAt: z.string().nullable(),
  resultsPublishedAt: z.string().nullable(),
});
export const PollingAreaResponseSchema = z.object({
  id: z.uuid(),
  districtId: z.uuid(),
  unitId: z.uuid(),
  name: z.string(),
  address: z.string(),
  voterCount: z.number().int(),
  villages: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export const PollingResponseSchema = z.object({
  districts: z.array(DistrictResponseSchema),
  areas: z.array(PollingAreaResponseSchema),
});

export const ImportPollingForm = uploadForm(
  z.strictObject({
    dryRun: formFlag.optional().describe('"true" to check the file and save nothing'),
  }),
  {
    file: {
      maxBytes: TABLE_FILE_MAX_BYTES,
      description:
        'The districts and polling areas, .csv or .xlsx, ≤ 22 MB: Đơn vị bầu cử, Số đại biểu, Khu vực bỏ phiếu, Địa chỉ, Xã phường, Thôn tổ, Số cử tri',
    },
  },
);
export const ImportPollingResponseSchema = z.object({
  total: z.number().int(),
  valid: z.number().int(),
  applied: z.boolean().describe('false: nothing was saved (issues found, or a dry run)'),
  created: z.object({ districts: z.number().int(), pollingAreas: z.number().int() }),
  issues: z.array(
    z.object({
      line: z.number().int(),
      field: z.string(),
      kind: z.enum(['unknown_unit', 'duplicate', 'missing', 'invalid']),
      message: z.string(),
    }),
  ),
});

export const CandidateRequestSchema = z.strictObject({
  districtId: z.uuid(),
  fullName: z.string().min(1).max(200),
  birthYear: int(1900, 2100).nullish(),
  gender: z.enum(['male', 'female']).nullish(),
  occupation: z.string().max(300).nullish(),
  workplace: z.string().max(300).nullish(),
  biography: z.string().max(10_000).nullish(),
  programmeHtml: z.string().max(100_000).optional().describe('Rich text; sanitised on save'),
  sort: int(0, 10_000).optional(),
});
export const CandidateResponseSchema = CandidateRequestSchema.extend({
  id: z.uuid(),
  birthYear: z.number().int().nullable(),
  gender: z.enum(['male', 'female']).nullable(),
  occupation: z.string().nullable(),
  workplace: z.string().nullable(),
  biography: z.string().nullable(),
  programmeHtml: z.string(),
  hasPhoto: z.boolean(),
  sort: z.number().int(),
});
export const CandidateListResponseSchema = z.object({ items: z.array(CandidateResponseSchema) });
/** A candidate's photo: JPEG, PNG or WebP by its content, ≤ 2 MB. */
export const CandidatePhotoForm = uploadForm(z.strictObject({}), {
  photo: {
    maxBytes: largestCap(FILE_USES.candidatePhoto),
    description: 'The photo (JPEG, PNG or WebP, checked by content), ≤ 2 MB',
  },
});

const FiguresSchema = z.object({
  votersListed: int(0, VOTES_CAP),
  ballotsIssued: int(0, VOTES_CAP),
  valid: int(0, VOTES_CAP),
  invalid: int(0, VOTES_CAP),
  votes: z.record(z.string(), int(0, VOTES_CAP)).describe('Votes per candidate id'),
});
export const ResultRequestSchema = FiguresSchema.extend({
  districtId: z.uuid(),
  pollingAreaId: z.uuid().nullable().describe('null: the count of the whole district'),
}).strict();
export const ResultListResponseSchema = z.object({
  items: z.array(
    z.object({
      districtId: z.uuid(),
      embargoed: z.boolean().describe('Entered but unpublished, and you may not publish'),
      entered: z.boolean(),
      published: z.boolean(),
      rows: z.array(FiguresSchema.extend({ pollingAreaId: z.uuid().nullable() })),
      total: FiguresSchema.nullable(),
      outcome: z
        .object({
          status: z.enum(['elected', 'no_quorum', 'no_winner', 'tie', 'partial']),
          elected: z.array(z.string()),
          turnout: z.number(),
          threshold: z.object({ denominator: z.number(), label: z.string() }),
          revote: z.boolean(),
          explanation: z.string(),
        })
        .nullable(),
    }),
  ),
});

export const VoterInfoResponseSchema = z.object({
  items: z.array(
    z.object({
      key: z.enum(['rights_duties', 'how_to_vote']),
      title: z.string(),
      body: z.string(),
      own: z.boolean().describe('Written for this unit (else inherited or the default)'),
    }),
  ),
});
export const VoterInfoRequestSchema = z.strictObject({
  unitId: z.uuid(),
  key: z.enum(['rights_duties', 'how_to_vote']),
  title: z.string().min(1).max(200),
  body: z.string().min(1).max(20_000).describe('Plain text; blank lines separate paragraphs'),
});
