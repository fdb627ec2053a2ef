/// What a write changed, as the change feed reports it, so caches evict exactly that.
public enum StoreChange: Sendable, Equatable, Hashable {
    /// A key changed or was deleted; the value is its digest.
    case key(String)
    case user(String)
    case team(String)
    case model(String)
    /// The feed may have missed changes (a listener reconnected): drop everything cached.
    case everything
    /// Every change up to this control-plane revision has been reported before this marker: once a subscriber has
    /// acted on them, it has applied the revision.
    case revision(Int64)
}
