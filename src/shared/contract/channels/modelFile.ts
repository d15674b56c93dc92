import { z } from 'zod';
import { invoke, stream } from '../define';
import { ChosenToken, DialogWords } from './nativeDialogs';
import { Fit, ModelName } from './ollama';

/** What the model file's own header says. */
export const ModelFileHeader = z.object({
  ggufVersion: z.number().int(),
  architecture: z.string().nullable(),
  name: z.string().nullable(),
  parameterCount: z.number().nonnegative().nullable(),
  quantization: z.string().nullable(),
  contextLength: z.number().int().positive().nullable(),
  hasChatTemplate: z.boolean(),
});
export type ModelFileHeader = z.infer<typeof ModelFileHeader>;

/** The small file Hearth writes beside a saved model, so the next person can check what they got. */
export const ModelManifestSummary = z.object({
  name: z.string(),
  label: z.string(),
  sha256: z.string().regex(/^[a-f0-9]{64}$/),
  sizeBytes: z.number().nonnegative(),
});
export type ModelManifestSummary = z.infer<typeof ModelManifestSummary>;

/** Everything Hearth could tell about a chosen file before installing it (the checksum comes during install). */
export const ModelFileCheck = z.object({
  token: ChosenToken,
  fileName: z.string(),
  sizeBytes: z.number().nonnegative(),
  header: ModelFileHeader,
  fit: Fit,
  limitedBy: z.enum(['memory', 'disk']).nullable(),
  /** The manifest found beside the file, when there is one and it names this file. */
  manifest: ModelManifestSummary.nullable(),
  /** The catalogue model this file is, when the manifest or the checksum says so. */
  catalogueLabel: z.string().nullable(),
  /** The name the model will have in Ollama. */
  suggestedName: ModelName,
  /** Set when Ollama is too old to create models from a file (the create API changed in 0.5.5). */
  ollamaTooOld: z.boolean(),
});
export type ModelFileCheck = z.infer<typeof ModelFileCheck>;

/** Progress of an install from a file or a save to a file. */
export const ModelFileProgress = z.object({
  /** checking: reading the whole file for its checksum; copying: into Ollama or to the folder; finishing: Ollama builds the model. */
  phase: z.enum(['checking', 'copying', 'finishing']),
  completedBytes: z.number().nonnegative(),
  totalBytes: z.number().nonnegative(),
  percent: z.number().min(0).max(100),
  bytesPerSecond: z.number().nonnegative(),
  secondsLeft: z.number().nonnegative().nullable(),
});
export type ModelFileProgress = z.infer<typeof ModelFileProgress>;

/** How the file's checksum was confirmed. */
export const ChecksumOutcome = z.enum(['matched-manifest', 'matched-catalogue', 'no-reference']);
export type ChecksumOutcome = z.infer<typeof ChecksumOutcome>;

const chosen = z.discriminatedUnion('chosen', [z.object({ chosen: z.literal(false) }), z.object({ chosen: z.literal(true), check: ModelFileCheck })]);
const folder = z.discriminatedUnion('chosen', [
  z.object({ chosen: z.literal(false) }),
  z.object({ chosen: z.literal(true), token: ChosenToken, folderName: z.string() }),
]);

/** Installing a model from a file (a USB stick from a clinic or a friend), and saving one to a file for someone else. */
export const modelFileChannels = {
  /** Opens the native file chooser and checks the chosen file's header, size and fit. */
  choose: invoke({ request: DialogWords, result: chosen }),
  /** Verifies the checksum, copies the file into Ollama as a blob and creates the model. Cancel by request id. */
  install: stream({
    request: z.object({ token: ChosenToken, name: ModelName }).strict(),
    event: ModelFileProgress,
    result: z.object({ name: ModelName, sha256: z.string(), checksum: ChecksumOutcome }),
  }),
  /** Opens the native folder chooser for "Save this model to a file". */
  chooseFolder: invoke({ request: DialogWords.omit({ filterName: true }), result: folder }),
  /** Copies an installed model's file into the chosen folder, with a manifest and its checksum. */
  save: stream({
    request: z.object({ name: ModelName, token: ChosenToken }).strict(),
    event: ModelFileProgress,
    result: z.object({ fileName: z.string(), manifestName: z.string(), sha256: z.string(), sizeBytes: z.number().nonnegative() }),
  }),
};
