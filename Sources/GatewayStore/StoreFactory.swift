/// Opens the store a database URL names.
public enum StoreFactory {
    public static func open(_ url: DatabaseURL) throws -> any GatewayStore {
        switch url {
        case .sqlite(let path):
            return try SQLiteStore(path: path)
        case .postgres:
            throw StoreError(.invalid, "PostgreSQL is not supported by this build yet: use sqlite:PATH.")
        }
    }
}
