/// Opens the store a database URL names.
public enum StoreFactory {
    public static func open(_ url: DatabaseURL) throws -> any GatewayStore {
        switch url {
        case .sqlite(let path):
            return try SQLiteStore(path: path)
        case .postgres(let url):
            return try PostgresStore(url: url)
        }
    }
}
