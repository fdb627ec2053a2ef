function __llmctl_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __llmctl_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __llmctl_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __llmctl_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __llmctl_parse_tokens -S
    set -l unparsed_tokens (__llmctl_tokens -pc)
    switch $unparsed_tokens[1]
    case 'llmctl'
        __llmctl_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'context'
            __llmctl_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'add'
                __llmctl_parse_subcommand 1 'url=' 'api-key=' 'api-key-env=' 'region=' 'note=' 'use' 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'version' 'h/help'
            case 'list'
                __llmctl_parse_subcommand 0 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'version' 'h/help'
            case 'use'
                __llmctl_parse_subcommand 1 'version' 'h/help'
            case 'current'
                __llmctl_parse_subcommand 0 'version' 'h/help'
            case 'show'
                __llmctl_parse_subcommand 1 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'version' 'h/help'
            case 'set'
                __llmctl_parse_subcommand 1 'url=' 'api-key=' 'api-key-env=' 'region=' 'note=' 'version' 'h/help'
            case 'rename'
                __llmctl_parse_subcommand 2 'version' 'h/help'
            case 'remove'
                __llmctl_parse_subcommand 1 'version' 'h/help'
            case 'test'
                __llmctl_parse_subcommand 1 'all' 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'version' 'h/help'
            end
        case 'key'
            __llmctl_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'generate'
                __llmctl_parse_subcommand 0 'duration=' 'alias=' 'models=' 'max-budget=' 'budget-duration=' 'rpm=' 'tpm=' 'max-parallel=' 'user=' 'team=' 'metadata=+' 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'version' 'h/help'
            case 'list'
                __llmctl_parse_subcommand 0 'user=' 'team=' 'page=' 'size=' 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'version' 'h/help'
            case 'info'
                __llmctl_parse_subcommand 1 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'version' 'h/help'
            case 'delete'
                __llmctl_parse_subcommand -r 1 'alias=+' 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'version' 'h/help'
            case 'block'
                __llmctl_parse_subcommand 1 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'version' 'h/help'
            case 'unblock'
                __llmctl_parse_subcommand 1 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'version' 'h/help'
            end
        case 'help'
            __llmctl_parse_subcommand -r 1 'version'
        end
    end
end

function __llmctl_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __llmctl_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __llmctl_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __llmctl_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__llmctl_tokens -p)
    if test -z "$(__llmctl_tokens -t)"
        set -l index (count (__llmctl_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'llmctl' -f
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl" -eq 1' -fa 'context' -d 'Manage named connections to proxies.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl" -eq 1' -fa 'key' -d 'Manage virtual keys.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl context" -eq 1' -fa 'add' -d 'Add a context.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl context" -eq 1' -fa 'list' -d 'List contexts; * marks the current one.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl context" -eq 1' -fa 'use' -d 'Switch the current context.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl context" -eq 1' -fa 'current' -d 'Print the current context\'s name.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl context" -eq 1' -fa 'show' -d 'Show one context, its credential masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl context" -eq 1' -fa 'set' -d 'Change a context\'s URL, credential, region or note.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl context" -eq 1' -fa 'rename' -d 'Rename a context.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl context" -eq 1' -fa 'remove' -d 'Remove a context.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl context" -eq 1' -fa 'test' -d 'Check a context: readiness, version, role, database, and one authenticated call.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context add" url' -l 'url' -d 'The proxy\'s base URL, like https://llm.example.com.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context add" api-key' -l 'api-key' -d 'The key to store.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context add" api-key-env' -l 'api-key-env' -d 'Read the key from this environment variable instead of storing it.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context add" region' -l 'region' -d 'A region label.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context add" note' -l 'note' -d 'A note.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context add" use' -l 'use' -d 'Make it the current context.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context add" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context add" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context add" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion context add -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context add" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context add" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context add" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context add" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context list" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context list" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context list" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion context list -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context list" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context list" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context list" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context list" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl context use" -eq 1' -fka '(__llmctl_custom_completion ---completion context use -- positional@0 (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context use" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context use" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context current" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context current" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl context show" -eq 1' -fka '(__llmctl_custom_completion ---completion context show -- positional@0 (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context show" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context show" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context show" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion context show -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context show" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context show" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context show" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context show" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl context set" -eq 1' -fka '(__llmctl_custom_completion ---completion context set -- positional@0 (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context set" url' -l 'url' -d 'A new base URL.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context set" api-key' -l 'api-key' -d 'A new stored key (replaces --api-key-env).' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context set" api-key-env' -l 'api-key-env' -d 'Read the key from this environment variable (replaces a stored key).' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context set" region' -l 'region' -d 'A new region label.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context set" note' -l 'note' -d 'A new note.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context set" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context set" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl context rename" -eq 1' -fka '(__llmctl_custom_completion ---completion context rename -- positional@0 (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context rename" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context rename" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl context remove" -eq 1' -fka '(__llmctl_custom_completion ---completion context remove -- positional@0 (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context remove" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context remove" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl context test" -eq 1' -fka '(__llmctl_custom_completion ---completion context test -- positional@0 (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context test" all' -l 'all' -d 'Test every context at once.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context test" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context test" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context test" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion context test -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context test" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context test" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context test" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context test" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context test" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl key" -eq 1' -fa 'generate' -d 'Create a virtual key and print it once.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl key" -eq 1' -fa 'list' -d 'List keys (never their secrets).'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl key" -eq 1' -fa 'info' -d 'Show one key.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl key" -eq 1' -fa 'delete' -d 'Delete keys by value or alias; all or none.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl key" -eq 1' -fa 'block' -d 'Block a key: it stops working at once.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl key" -eq 1' -fa 'unblock' -d 'Unblock a key.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key generate" duration' -l 'duration' -d 'Lifetime, like 30d, 12h, 15m.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key generate" alias' -l 'alias' -d 'A unique alias.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key generate" models' -l 'models' -d 'Models the key may call, comma-separated.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key generate" max-budget' -l 'max-budget' -d 'Budget in USD.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key generate" budget-duration' -l 'budget-duration' -d 'Budget period, like 30d.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key generate" rpm' -l 'rpm' -d 'Requests per minute.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key generate" tpm' -l 'tpm' -d 'Tokens per minute.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key generate" max-parallel' -l 'max-parallel' -d 'Requests in flight at once.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key generate" user' -l 'user' -d 'Owning user id.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key generate" team' -l 'team' -d 'Team id.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key generate"' -l 'metadata' -d 'Metadata as key=value; repeatable.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key generate" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key generate" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key generate" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion key generate -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key generate" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key generate" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key generate" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key generate" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key generate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key list" user' -l 'user' -d 'Only this user\'s keys.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key list" team' -l 'team' -d 'Only this team\'s keys.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key list" page' -l 'page' -d 'Page, from 1.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key list" size' -l 'size' -d 'Keys per page, up to 100.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key list" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key list" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key list" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion key list -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key list" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key list" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key list" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key list" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key info" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key info" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key info" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion key info -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key info" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key info" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key info" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key info" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key info" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key delete"' -l 'alias' -d 'Delete the key with this alias; repeatable.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key delete" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key delete" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key delete" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion key delete -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key delete" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key delete" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key delete" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key delete" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key delete" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key block" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key block" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key block" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion key block -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key block" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key block" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key block" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key block" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key block" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key unblock" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key unblock" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key unblock" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion key unblock -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key unblock" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key unblock" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key unblock" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key unblock" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key unblock" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl help" version' -l 'version' -d 'Show the version.'
