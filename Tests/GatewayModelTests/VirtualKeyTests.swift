import GatewayModel
import Testing

@Suite struct VirtualKeyTests {
    @Test func generatedKeysHaveThePrefixAndThirtyTwoURLSafeCharacters() {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        for _ in 0..<100 {
            let key = VirtualKey.generate().secret
            #expect(key.hasPrefix("sk-"))
            #expect(key.count == 35)
            #expect(key.dropFirst(3).allSatisfy(allowed.contains))
        }
    }

    @Test func generatedKeysDoNotRepeat() {
        let keys = Set((0..<1000).map { _ in VirtualKey.generate().secret })
        #expect(keys.count == 1000)
    }

    @Test func digestIsSHA256HexAndDisplayFormShowsTheLastFour() {
        let key = VirtualKey(secret: "sk-1234")
        #expect(key.digest == "88dc28d0f030c55ed4ab77ed8faf098196cb1c05df778539800c9f1243fe6b4b")
        #expect(VirtualKey.digest(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(key.displayForm == "sk-...1234")
        #expect(VirtualKey.isDigest(key.digest))
        #expect(!VirtualKey.isDigest("sk-1234"))
    }

    @Test func constantTimeComparison() {
        #expect(SecretComparison.constantTimeEquals("sk-abc", "sk-abc"))
        #expect(!SecretComparison.constantTimeEquals("sk-abc", "sk-abd"))
        #expect(!SecretComparison.constantTimeEquals("sk-abc", "sk-abcd"))
        #expect(!SecretComparison.constantTimeEquals("", "x"))
    }
}
