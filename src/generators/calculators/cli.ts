/** The `npm run plan` line that gives the same result as a calculator form, shown under each calculator. */
import { formInput, type FieldSpec, type FormValues } from './form';

/** Quotes a JSON argument for a POSIX shell. */
function shellJson(json: string): string {
  return `'${json.replace(/'/g, `'\\''`)}'`;
}

/** The CLI line for a calculator and its form values; a JSON-paste calculator reads az aks show from stdin. */
export function cliCommand(name: string, fields: readonly FieldSpec[], values: FormValues): string {
  if (fields.length === 1 && fields[0]?.kind === 'json') {
    return `az aks show --resource-group "$RESOURCE_GROUP" --name "$CLUSTER_NAME" --query networkProfile -o json | npm run --silent plan -- ${name} --json -`;
  }
  return `npm run --silent plan -- ${name} --json ${shellJson(JSON.stringify(formInput(fields, values)))}`;
}
