/** The music folders as they are on disk: the libraries' roots, their subfolders, and the tracks in each. */
import { href } from '../../lib/route';
import { ErrorBox, Loading, PageHeader } from '../common';
import { PAGE_INFO, TRACK_ROW, type TrackRow } from '../data';
import { usePaged, useQuery } from '../hooks';
import { PlayButtons, TrackList } from '../TrackList';

const ROOTS = `query Roots($first: Int, $after: String) { folders(first: $first, after: $after) { nodes { id name } ${PAGE_INFO} } }`;

const FOLDER = `query Folder($id: ID!) { folder(id: $id) { id name path parent { id name } children { id name }
  tracks { ...TrackRow } } } ${TRACK_ROW}`;

interface FolderData {
  folder: { id: string; name: string; path: string; parent: { id: string; name: string } | null;
    children: { id: string; name: string }[]; tracks: TrackRow[] };
}

export function Folders({ id }: { id?: string }) {
  return id ? <Folder id={id} /> : <Roots />;
}

function Roots() {
  const roots = usePaged<{ id: string; name: string }>(ROOTS, {}, (d) => d.folders, 100);
  return (
    <>
      <PageHeader title="Folders" />
      {roots.error && <ErrorBox message={roots.error} />}
      <ul class="folder-list">
        {roots.items.map((f) => <li key={f.id}><a href={href({ page: 'folders', id: f.id })}>📁 {f.name}</a></li>)}
      </ul>
    </>
  );
}

function Folder({ id }: { id: string }) {
  const { data, error, loading } = useQuery<FolderData>(FOLDER, { id });
  if (error) {
    return <ErrorBox message={error} />;
  }
  if (loading || !data) {
    return <Loading />;
  }
  const folder = data.folder;
  return (
    <>
      <nav class="breadcrumbs" aria-label="Folder">
        <a href={href({ page: 'folders' })}>Folders</a>
        {folder.parent && <> / <a href={href({ page: 'folders', id: folder.parent.id })}>{folder.parent.name}</a></>}
      </nav>
      <PageHeader title={folder.name} />
      {folder.path && <p class="muted">{folder.path}</p>}
      <ul class="folder-list">
        {folder.children.map((f) => <li key={f.id}><a href={href({ page: 'folders', id: f.id })}>📁 {f.name}</a></li>)}
      </ul>
      {folder.tracks.length > 0 && (
        <>
          <PlayButtons tracks={folder.tracks} label={`folder ${folder.name}`} />
          <TrackList tracks={folder.tracks} numbering="position" showAlbum />
        </>
      )}
    </>
  );
}
