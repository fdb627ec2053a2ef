import CEditLine
import Foundation

/// Reads lines on a terminal through libedit: Emacs key bindings, history kept in a file, Tab completion.
///
/// libedit calls back into Swift through C function pointers; they find this reader again through libedit's client
/// data, so no global state is needed.
final class EditLineReader: LineReader {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let historyPath: String
    private let completer: Completer
    private var prompt: UnsafeMutablePointer<CChar>?

    /// A reader whose history lives at `historyPath`; nil when libedit cannot start on this terminal.
    init?(historyPath: String, completer: Completer) {
        guard let editLine = cedit_init("llmctl"), let history = cedit_history_open(1000) else { return nil }
        self.editLine = editLine
        self.history = history
        self.historyPath = historyPath
        self.completer = completer
        cedit_history_load(history, historyPath)
        cedit_set_editor(editLine, "emacs")
        cedit_set_signal_handling(editLine, 1)
        cedit_set_history(editLine, history)
        cedit_set_client_data(editLine, Unmanaged.passUnretained(self).toOpaque())
        cedit_set_prompt(editLine) { editLine in
            guard let editLine, let reader = EditLineReader.from(editLine) else { return nil }
            return reader.prompt
        }
        cedit_add_function(editLine, "llmctl-complete", "Complete the word before the cursor") { editLine, _ in
            guard let editLine, let reader = EditLineReader.from(editLine) else { return UInt8(CC_ERROR) }
            return reader.completeAtCursor()
        }
        cedit_bind(editLine, "^I", "llmctl-complete")
        cedit_catch_interrupts { _ in }
    }

    deinit {
        el_end(editLine)
        history_end(history)
        free(prompt)
    }

    func read(prompt text: String) -> LineInput {
        free(prompt)
        prompt = strdup(text)
        var count: Int32 = 0
        errno = 0
        guard let line = el_gets(editLine, &count) else {
            let interrupted = count < 0 && errno == EINTR
            Self.write("\n")
            return interrupted ? .interrupted : .end
        }
        var text = String(cString: line)
        while text.last == "\n" || text.last == "\r" { text.removeLast() }
        return .line(text)
    }

    func remember(_ line: String) {
        cedit_history_enter(history, line)
        let descriptor = open(historyPath, O_WRONLY | O_CREAT, 0o600)
        if descriptor >= 0 { close(descriptor) }
        cedit_history_save(history, historyPath)
        chmod(historyPath, 0o600)
    }

    /// Completes the word before the cursor: the one candidate, else the longest common start, else a list.
    private func completeAtCursor() -> UInt8 {
        guard let info = el_line(editLine)?.pointee, let start = info.buffer, let cursor = info.cursor else { return UInt8(CC_ERROR) }
        let length = start.distance(to: cursor)
        let before = start.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
            String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self)
        }
        let completion = completer.complete(before)
        let candidates = completion.candidates
        guard !candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        if candidates.count == 1 {
            el_insertstr(editLine, String(candidates[0].dropFirst(completion.prefix.count)) + " ")
            return UInt8(CC_REFRESH)
        }
        let common = Self.commonPrefix(candidates)
        if common.count > completion.prefix.count {
            el_insertstr(editLine, String(common.dropFirst(completion.prefix.count)))
            return UInt8(CC_REFRESH)
        }
        Self.write("\n" + candidates.joined(separator: "  ") + "\n")
        return UInt8(CC_REDISPLAY)
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var common = words.first else { return "" }
        for word in words.dropFirst() {
            while !word.hasPrefix(common) { common.removeLast() }
        }
        return common
    }

    private static func from(_ editLine: OpaquePointer) -> EditLineReader? {
        cedit_client_data(editLine).map { Unmanaged<EditLineReader>.fromOpaque($0).takeUnretainedValue() }
    }

    private static func write(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Foundation.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }
}
