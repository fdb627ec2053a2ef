import Foundation
import GatewayTestSupport
import LLMCtlCommands
import Testing

@Suite("Context store")
struct ContextStoreTests {
    @Test func storeIsCreatedOwnerOnly() throws {
        let directory = try TemporaryDirectory()
        let store = try ContextStore(directory: directory.url.appendingPathComponent("home"))
        let attributes = try FileManager.default.attributesOfItem(atPath: store.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: directory.path("home"))
        #expect((folder[.posixPermissions] as? NSNumber)?.intValue == 0o700)
    }

    @Test func addListUseRenameRemove() throws {
        let directory = try TemporaryDirectory()
        let store = try ContextStore(directory: directory.url)
        try store.add(CLIContext(name: "us", url: "http://127.0.0.1:4000", apiKey: "sk-us-0123456789"), makeCurrent: false)
        #expect(try store.currentName() == "us")
        try store.add(CLIContext(name: "eu", url: "http://127.0.0.1:4001", apiKeyEnvironment: "EU_KEY", region: "eu-west"), makeCurrent: false)
        #expect(try store.currentName() == "us")
        #expect(try store.all().map(\.name) == ["eu", "us"])
        try store.use("eu")
        #expect(try store.currentName() == "eu")
        #expect(throws: ContextStoreError.missing("ap")) { try store.use("ap") }
        #expect(throws: ContextStoreError("a context named \"us\" already exists")) {
            try store.add(CLIContext(name: "us", url: "http://x"), makeCurrent: false)
        }
        try store.rename("eu", to: "europe")
        #expect(try store.currentName() == "europe")
        #expect(try store.require("europe").credential(environment: ["EU_KEY": "sk-from-env"]) == "sk-from-env")
        try store.remove("europe")
        #expect(try store.currentName() == nil)
        #expect(try store.all().map(\.name) == ["us"])
    }

    @Test func credentialsAreMaskedForDisplay() {
        #expect(CLIContext(name: "a", url: "u", apiKey: "sk-abcdefghijklmnop").maskedCredential == "sk-...mnop")
        #expect(CLIContext(name: "a", url: "u", apiKeyEnvironment: "KEY").maskedCredential == "$KEY")
        #expect(CLIContext(name: "a", url: "u").maskedCredential == "(none)")
    }

    @Test func concurrentWritersLoseNothing() throws {
        let directory = try TemporaryDirectory()
        let first = try ContextStore(directory: directory.url)
        let second = try ContextStore(directory: directory.url)
        DispatchQueue.concurrentPerform(iterations: 40) { index in
            let store = index % 2 == 0 ? first : second
            try? store.add(CLIContext(name: "c\(index)", url: "http://127.0.0.1:\(4000 + index)"), makeCurrent: false)
        }
        #expect(try first.all().count == 40)
    }

    @Test func defaultDirectoryFollowsTheEnvironment() {
        #expect(ContextStore.defaultDirectory(environment: ["LLMCTL_HOME": "/a"]).path == "/a")
        #expect(ContextStore.defaultDirectory(environment: ["XDG_CONFIG_HOME": "/b"]).path == "/b/llmctl")
        #expect(ContextStore.defaultDirectory(environment: ["HOME": "/c"]).path == "/c/.config/llmctl")
    }
}
