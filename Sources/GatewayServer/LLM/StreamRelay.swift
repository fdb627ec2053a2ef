import Foundation
import GatewayModel
import GatewayProviders
import Hummingbird
import NIOCore

/// Forwards an upstream SSE stream to the client event by event as it arrives, reading usage on the way.
///
/// The usage-only chunk the proxy asked for is passed on only if the client asked for it too. A stream the
/// upstream cuts ends with an SSE error event; one the client abandons stops reading, which cancels the
/// upstream request. Either way the call is accounted for with what was used, once: at `[DONE]`, before it is relayed,
/// or when the stream ends without one.
struct StreamRelay: Sendable {
    let upstream: UpstreamBody
    let clientWantsUsage: Bool
    let promptBytes: Int
    let permit: CallPermit
    /// The model name the client asked for, for error events.
    let modelName: String

    func run(into writer: inout any ResponseBodyWriter) async throws {
        var splitter = SSEEventSplitter()
        var usage: Usage?
        var contentEvents = 0
        var firstByte = true
        var failure: (any Error)?
        // The permit ends the call once: at [DONE], or when the stream ends without one.
        func finish(_ outcome: CallOutcome) {
            permit.finish(usage: usage ?? Usage(promptTokens: max(1, promptBytes / 4), completionTokens: contentEvents), outcome: outcome)
        }
        do {
            for try await chunk in upstream {
                if firstByte {
                    permit.firstBytesArrived()
                    firstByte = false
                }
                var out = ByteBuffer()
                for bytes in splitter.append(chunk.readableBytesView) {
                    let event = SSEEvent(bytes: bytes)
                    if let reported = event.usage {
                        usage = reported
                        if !clientWantsUsage && event.isUsageOnly { continue }
                    } else if event.isDone {
                        // Charged (and journaled) before the client can see the stream is complete, so a crash from
                        // here on cannot leave a delivered stream unbilled.
                        if out.readableBytes > 0 {
                            try await writer.write(out)
                            out.clear()
                        }
                        finish(.succeeded)
                    } else {
                        contentEvents += 1
                    }
                    out.writeBytes(bytes)
                }
                if out.readableBytes > 0 {
                    try await writer.write(out)
                }
            }
            let rest = splitter.remainder()
            if !rest.isEmpty {
                try await writer.write(ByteBuffer(bytes: rest))
            }
        } catch {
            failure = error
        }
        finish(failure == nil ? .succeeded : .failed)
        if let failure, !(failure is CancellationError) {
            let message = GatewayError(.badGateway, "The upstream stream for '\(modelName)' failed: \(failure)")
            let encoded = (try? WireCoding.makeEncoder().encode(message.body)) ?? Data()
            var event = ByteBuffer(string: "data: ")
            event.writeBytes(encoded)
            event.writeString("\n\n")
            try? await writer.write(event)
        }
        try await writer.finish(nil)
    }
}
