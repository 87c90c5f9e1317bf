import { csvHeader } from '../export/csv';
import { SCHEMA_VERSION } from '../export/dataset';
import { features } from '../../schemas/features';
import { keyFactList, publishedFields } from '../../schemas/published';

/** What /data/ shows: the files, the columns of both CSVs and the fields of a profile, all taken from the schema. */
export function dataPageModel() {
  return {
    schemaVersion: SCHEMA_VERSION,
    longCsvColumns: csvHeader.join(', '),
    wideCsvFacts: keyFactList.map((f) => f.key).join(', '),
    featureCount: features.length,
    fields: publishedFields(),
  };
}
