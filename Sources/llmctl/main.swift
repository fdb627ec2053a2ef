import Foundation
import LLMCtlCommands

exit(CommandRunner.run(Array(CommandLine.arguments.dropFirst()), in: .process).rawValue)
