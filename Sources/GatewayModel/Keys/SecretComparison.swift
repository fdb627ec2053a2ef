/// Compares secrets in time that does not depend on where they first differ.
public enum SecretComparison {
    /// True when both strings are equal; every byte of the longer one is visited either way.
    public static func constantTimeEquals(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8)
        let right = Array(rhs.utf8)
        let length = max(left.count, right.count)
        var difference = UInt8(left.count == right.count ? 0 : 1)
        for index in 0..<length {
            let a = index < left.count ? left[index] : 0
            let b = index < right.count ? right[index] : 0
            difference |= a ^ b
        }
        return difference == 0
    }
}
