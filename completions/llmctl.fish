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
                __llmctl_parse_subcommand 1 'url=' 'api-key=' 'api-key-env=' 'region=' 'note=' 'use' 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
            case 'list'
                __llmctl_parse_subcommand 0 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
            case 'use'
                __llmctl_parse_subcommand 1 'version' 'h/help'
            case 'current'
                __llmctl_parse_subcommand 0 'version' 'h/help'
            case 'show'
                __llmctl_parse_subcommand 1 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
            case 'set'
                __llmctl_parse_subcommand 1 'url=' 'api-key=' 'api-key-env=' 'region=' 'note=' 'version' 'h/help'
            case 'rename'
                __llmctl_parse_subcommand 2 'version' 'h/help'
            case 'remove'
                __llmctl_parse_subcommand 1 'version' 'h/help'
            case 'test'
                __llmctl_parse_subcommand 1 'all' 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
            end
        case 'key'
            __llmctl_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'generate'
                __llmctl_parse_subcommand 0 'duration=' 'alias=' 'models=' 'max-budget=' 'budget-duration=' 'rpm=' 'tpm=' 'max-parallel=' 'user=' 'team=' 'metadata=+' 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
            case 'list'
                __llmctl_parse_subcommand 0 'user=' 'team=' 'page=' 'size=' 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
            case 'info'
                __llmctl_parse_subcommand 1 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
            case 'update'
                __llmctl_parse_subcommand 1 'duration=' 'alias=' 'models=' 'max-budget=' 'budget-duration=' 'rpm=' 'tpm=' 'max-parallel=' 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
            case 'regenerate'
                __llmctl_parse_subcommand 1 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
            case 'delete'
                __llmctl_parse_subcommand -r 1 'alias=+' 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
            case 'block'
                __llmctl_parse_subcommand 1 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
            case 'unblock'
                __llmctl_parse_subcommand 1 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
            end
        case 'user'
            __llmctl_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'create'
                __llmctl_parse_subcommand 1 'email=' 'role=' 'max-budget=' 'models=' 'no-key' 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
            case 'list'
                __llmctl_parse_subcommand 0 'role=' 'page=' 'size=' 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
            case 'info'
                __llmctl_parse_subcommand 1 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
            case 'update'
                __llmctl_parse_subcommand 1 'email=' 'role=' 'max-budget=' 'models=' 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
            case 'delete'
                __llmctl_parse_subcommand -r 1 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
            end
        case 'team'
            __llmctl_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'create'
                __llmctl_parse_subcommand 1 'alias=' 'max-budget=' 'models=' 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
            case 'list'
                __llmctl_parse_subcommand 0 'user=' 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
            case 'info'
                __llmctl_parse_subcommand 1 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
            case 'update'
                __llmctl_parse_subcommand 1 'alias=' 'max-budget=' 'models=' 'blocked=' 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
            case 'delete'
                __llmctl_parse_subcommand -r 1 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
            case 'add-member'
                __llmctl_parse_subcommand 2 'role=' 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
            case 'remove-member'
                __llmctl_parse_subcommand 2 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
            end
        case 'model'
            __llmctl_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __llmctl_parse_subcommand 0 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
            case 'info'
                __llmctl_parse_subcommand 1 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
            end
        case 'spend'
            __llmctl_parse_subcommand 0 'key=' 'team=' 'user=' 'since=' 'limit=' 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
        case 'chat'
            __llmctl_parse_subcommand 1 'model=' 'system=' 'stream' 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
        case 'health'
            __llmctl_parse_subcommand 0 'all-contexts' 'o/output=' 'no-headers' 'context=' 'timeout=' 'insecure' 'cacert=' 'verbose' 'version' 'h/help'
        case 'shell'
            __llmctl_parse_subcommand 0 'version' 'h/help'
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
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl" -eq 1' -fa 'user' -d 'Manage users.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl" -eq 1' -fa 'team' -d 'Manage teams and their members.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl" -eq 1' -fa 'model' -d 'List the models a proxy serves and the deployments behind them.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl" -eq 1' -fa 'spend' -d 'Show spend-log rows and their total.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl" -eq 1' -fa 'chat' -d 'Send one chat message and print the answer.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl" -eq 1' -fa 'health' -d 'Show a proxy\'s readiness: status, database, version, role.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl" -eq 1' -fa 'shell' -d 'Open the llmctl prompt (also what \'llmctl\' alone does).'
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
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context add" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context add" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context list" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context list" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context list" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion context list -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context list" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context list" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context list" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context list" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
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
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context show" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
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
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context test" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context test" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl context test" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl key" -eq 1' -fa 'generate' -d 'Create a virtual key and print it once.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl key" -eq 1' -fa 'list' -d 'List keys (never their secrets).'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl key" -eq 1' -fa 'info' -d 'Show one key.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl key" -eq 1' -fa 'update' -d 'Change a key\'s alias, models, budget or limits.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl key" -eq 1' -fa 'regenerate' -d 'Give a key a new secret, keeping its settings and spend; the old secret stops working.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl key" -eq 1' -fa 'delete' -d 'Delete keys by value or alias; all or none.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl key" -eq 1' -fa 'block' -d 'Block a key: it stops working at once.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl key" -eq 1' -fa 'unblock' -d 'Unblock a key.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key generate" duration' -l 'duration' -d 'Lifetime from now, like 30d, 12h, 15m.' -rfka ''
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
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key generate" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
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
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key list" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key list" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key info" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key info" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key info" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion key info -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key info" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key info" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key info" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key info" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key info" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key info" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key update" duration' -l 'duration' -d 'Lifetime from now, like 30d, 12h, 15m.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key update" alias' -l 'alias' -d 'A unique alias.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key update" models' -l 'models' -d 'Models the key may call, comma-separated.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key update" max-budget' -l 'max-budget' -d 'Budget in USD.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key update" budget-duration' -l 'budget-duration' -d 'Budget period, like 30d.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key update" rpm' -l 'rpm' -d 'Requests per minute.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key update" tpm' -l 'tpm' -d 'Tokens per minute.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key update" max-parallel' -l 'max-parallel' -d 'Requests in flight at once.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key update" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key update" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key update" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion key update -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key update" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key update" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key update" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key update" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key update" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key update" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key regenerate" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key regenerate" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key regenerate" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion key regenerate -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key regenerate" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key regenerate" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key regenerate" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key regenerate" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key regenerate" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key regenerate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key delete"' -l 'alias' -d 'Delete the key with this alias; repeatable.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key delete" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key delete" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key delete" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion key delete -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key delete" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key delete" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key delete" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key delete" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key delete" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key delete" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key block" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key block" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key block" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion key block -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key block" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key block" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key block" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key block" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key block" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key block" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key unblock" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key unblock" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key unblock" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion key unblock -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key unblock" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key unblock" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key unblock" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key unblock" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key unblock" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl key unblock" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl user" -eq 1' -fa 'create' -d 'Create a user (and a first key unless --no-key).'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl user" -eq 1' -fa 'list' -d 'List users.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl user" -eq 1' -fa 'info' -d 'Show one user.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl user" -eq 1' -fa 'update' -d 'Change a user\'s email, role, budget or models.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl user" -eq 1' -fa 'delete' -d 'Delete users with their keys; all or none.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user create" email' -l 'email' -d 'Email address.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user create" role' -l 'role' -d 'Role: proxy_admin, proxy_admin_viewer, internal_user or internal_user_viewer.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user create" max-budget' -l 'max-budget' -d 'Budget in USD.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user create" models' -l 'models' -d 'Models the user may call, comma-separated.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user create" no-key' -l 'no-key' -d 'Do not create a first key.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user create" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user create" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user create" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion user create -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user create" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user create" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user create" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user create" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user create" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user create" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user list" role' -l 'role' -d 'Only users with this role.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user list" page' -l 'page' -d 'Page, from 1.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user list" size' -l 'size' -d 'Users per page, up to 100.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user list" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user list" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user list" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion user list -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user list" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user list" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user list" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user list" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user list" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user info" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user info" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user info" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion user info -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user info" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user info" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user info" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user info" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user info" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user info" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user update" email' -l 'email' -d 'Email address.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user update" role' -l 'role' -d 'Role: proxy_admin, proxy_admin_viewer, internal_user or internal_user_viewer.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user update" max-budget' -l 'max-budget' -d 'Budget in USD.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user update" models' -l 'models' -d 'Models the user may call, comma-separated.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user update" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user update" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user update" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion user update -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user update" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user update" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user update" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user update" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user update" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user update" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user delete" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user delete" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user delete" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion user delete -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user delete" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user delete" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user delete" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user delete" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user delete" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl user delete" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl team" -eq 1' -fa 'create' -d 'Create a team.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl team" -eq 1' -fa 'list' -d 'List teams.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl team" -eq 1' -fa 'info' -d 'Show one team.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl team" -eq 1' -fa 'update' -d 'Change a team\'s alias, budget or models, or block it.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl team" -eq 1' -fa 'delete' -d 'Delete teams with their keys; all or none.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl team" -eq 1' -fa 'add-member' -d 'Add a user to a team.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl team" -eq 1' -fa 'remove-member' -d 'Remove a user from a team.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team create" alias' -l 'alias' -d 'A display name.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team create" max-budget' -l 'max-budget' -d 'Budget in USD.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team create" models' -l 'models' -d 'Models the team may call, comma-separated.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team create" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team create" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team create" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion team create -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team create" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team create" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team create" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team create" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team create" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team create" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team list" user' -l 'user' -d 'Only teams this user belongs to.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team list" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team list" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team list" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion team list -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team list" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team list" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team list" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team list" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team list" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team info" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team info" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team info" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion team info -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team info" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team info" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team info" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team info" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team info" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team info" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team update" alias' -l 'alias' -d 'A display name.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team update" max-budget' -l 'max-budget' -d 'Budget in USD.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team update" models' -l 'models' -d 'Models the team may call, comma-separated.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team update" blocked' -l 'blocked' -d 'Block (true) or unblock (false) the team\'s keys.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team update" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team update" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team update" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion team update -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team update" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team update" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team update" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team update" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team update" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team update" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team delete" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team delete" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team delete" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion team delete -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team delete" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team delete" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team delete" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team delete" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team delete" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team delete" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team add-member" role' -l 'role' -d 'The member\'s role: admin or user.' -rfka 'admin user'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team add-member" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team add-member" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team add-member" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion team add-member -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team add-member" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team add-member" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team add-member" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team add-member" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team add-member" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team add-member" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team remove-member" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team remove-member" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team remove-member" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion team remove-member -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team remove-member" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team remove-member" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team remove-member" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team remove-member" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team remove-member" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl team remove-member" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl model" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl model" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl model" -eq 1' -fa 'list' -d 'List the models the key may call.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl model" -eq 1' -fa 'info' -d 'Show the deployments behind each model: upstream, API base, prices (admin).'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl model list" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl model list" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl model list" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion model list -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl model list" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl model list" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl model list" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl model list" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl model list" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl model list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_positional "llmctl model info" -eq 1' -fka '(__llmctl_custom_completion ---completion model info -- positional@0 (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl model info" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl model info" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl model info" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion model info -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl model info" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl model info" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl model info" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl model info" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl model info" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl model info" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl spend" key' -l 'key' -d 'Only this key (sk-… or token).' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl spend" team' -l 'team' -d 'Only this team.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl spend" user' -l 'user' -d 'Only this user.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl spend" since' -l 'since' -d 'How far back, like 7d or 12h (default 7d).' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl spend" limit' -l 'limit' -d 'Rows at most, up to 1000.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl spend" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl spend" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl spend" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion spend -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl spend" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl spend" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl spend" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl spend" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl spend" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl spend" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl chat" model' -l 'model' -d 'The model (default: demo).' -rfka '(__llmctl_custom_completion ---completion chat -- --model (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl chat" system' -l 'system' -d 'A system message.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl chat" stream' -l 'stream' -d 'Print the answer as it is generated (Server-Sent Events); with -o json, one chunk per line.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl chat" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl chat" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl chat" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion chat -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl chat" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl chat" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl chat" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl chat" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl chat" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl chat" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl health" all-contexts' -l 'all-contexts' -d 'Check every stored context.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl health" o output' -l 'output' -s 'o' -d 'Output format: table, json, yaml or name.' -rfka 'table json yaml name'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl health" no-headers' -l 'no-headers' -d 'Print tables without their header row.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl health" context' -l 'context' -d 'Use this context for this call instead of the current one.' -rfka '(__llmctl_custom_completion ---completion health -- --context (count (__llmctl_tokens -pc)) (__llmctl_tokens -tC))'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl health" timeout' -l 'timeout' -d 'Seconds to wait for the server.' -rfka ''
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl health" insecure' -l 'insecure' -d 'Do not verify the server\'s TLS certificate.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl health" cacert' -l 'cacert' -d 'Trust the CA certificates in this PEM file.' -rF
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl health" verbose' -l 'verbose' -d 'Trace each request and response on standard error, secrets masked.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl health" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl health" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl shell" version' -l 'version' -d 'Show the version.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl shell" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'llmctl' -n '__llmctl_should_offer_completions_for_flags_or_options "llmctl help" version' -l 'version' -d 'Show the version.'
