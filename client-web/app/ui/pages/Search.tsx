/**
 * Search across the library. The GraphQL API has no search query yet; until it has, this page says so instead of
 * searching some other way.
 */
import { PageHeader } from '../common';

export function Search({ params }: { params: Record<string, string> }) {
  return (
    <>
      <PageHeader title="Search" />
      <p class="notice" role="status">
        Search is not available yet: the server's GraphQL API does not offer a search query in this version.
        {params.q ? ` Nothing was searched for “${params.q}”.` : ''}
      </p>
    </>
  );
}
