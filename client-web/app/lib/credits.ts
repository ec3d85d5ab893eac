/**
 * An album's credits, gathered from its tracks: who composed, conducted, played (with what), arranged. The
 * performing artists are already in the title lines, so the ARTIST and ALBUM_ARTIST roles are left out.
 */

export interface TrackCredit {
  role: string;
  instrument?: string | null;
  artist: { id: string; name: string };
}

export interface CreditGroup {
  role: string;
  label: string;
  people: { id: string; name: string; instrument: string | null }[];
}

const ROLES: [string, string, string][] = [
  ['COMPOSER', 'Composer', 'Composers'],
  ['CONDUCTOR', 'Conductor', 'Conductors'],
  ['ENSEMBLE', 'Ensemble', 'Ensembles'],
  ['PERFORMER', 'Performer', 'Performers'],
  ['ARRANGER', 'Arranger', 'Arrangers'],
  ['LYRICIST', 'Lyricist', 'Lyricists'],
  ['REMIXER', 'Remixer', 'Remixers'],
];

/** Credits of all tracks by role (in a fixed order), each person once per instrument, in order of first mention. */
export function groupCredits(tracks: { credits: TrackCredit[] }[]): CreditGroup[] {
  const groups: CreditGroup[] = [];
  for (const [role, one, many] of ROLES) {
    const seen = new Set<string>();
    const people: CreditGroup['people'] = [];
    for (const track of tracks) {
      for (const credit of track.credits) {
        const instrument = credit.instrument ?? null;
        const key = `${credit.artist.id}\u0000${instrument ?? ''}`;
        if (credit.role === role && !seen.has(key)) {
          seen.add(key);
          people.push({ id: credit.artist.id, name: credit.artist.name, instrument });
        }
      }
    }
    if (people.length > 0) {
      groups.push({ role, label: people.length === 1 ? one : many, people });
    }
  }
  return groups;
}
