// The reader now lives in ./candidate-list/; this path stays so importers need not change.
export {
  readCandidateList,
  DEFAULT_MAX_ROWS,
  type ReadOptions,
  type ReadAwardForm,
} from './candidate-list/read';
