/** A small CSS spinner for busy buttons (decorative: the busy state is announced by aria-busy and the status text). */
export function Putar() {
  return <span className="lkip-putar" aria-hidden="true" />;
}
