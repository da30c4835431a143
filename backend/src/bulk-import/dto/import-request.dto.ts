import { ImportFileFormat, ImportKind } from '@accord/shared';
import { IsEnum, IsIn, IsOptional } from 'class-validator';

/** The text fields of an import upload (multipart/form-data, beside the field `file`). */
export class ImportRequestDto {
  @IsEnum(ImportKind)
  kind!: ImportKind;

  /** `true` (the default): check every row and store nothing; `false`: store every row, or none. */
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';
}

export class TemplateQueryDto {
  @IsOptional()
  @IsEnum(ImportFileFormat)
  format: ImportFileFormat = ImportFileFormat.Xlsx;
}
