import nx from "@nx/eslint-plugin";

export default [
    ...nx.configs["flat/base"],
    ...nx.configs["flat/typescript"],
    ...nx.configs["flat/javascript"],
    {
        ignores: [
            "**/dist",
            "**/out-tsc",
            "data",
            "test-results",
            "playwright-report"
        ]
    },
    {
        files: [
            "**/*.ts",
            "**/*.tsx",
            "**/*.js",
            "**/*.jsx"
        ],
        rules: {
            "@nx/enforce-module-boundaries": [
                "error",
                {
                    enforceBuildableLibDependency: true,
                    allow: [
                        "^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$"
                    ],
                    depConstraints: [
                        { sourceTag: "scope:backend", onlyDependOnLibsWithTags: ["scope:shared"] },
                        { sourceTag: "scope:frontend", onlyDependOnLibsWithTags: ["scope:shared"] },
                        {
                            // Contracts and pure helpers only: no framework may leak into shared/.
                            sourceTag: "scope:shared",
                            onlyDependOnLibsWithTags: ["scope:shared"],
                            bannedExternalImports: ["@angular/*", "@nestjs/*", "typeorm", "pg", "express", "rxjs", "class-validator", "class-transformer"]
                        }
                    ]
                }
            ]
        }
    },
    {
        files: [
            "**/*.ts",
            "**/*.tsx",
            "**/*.cts",
            "**/*.mts",
            "**/*.js",
            "**/*.jsx",
            "**/*.cjs",
            "**/*.mjs"
        ],
        rules: {
            // `const { dropped, ...kept } = row` is how a field is left out of a copy.
            "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true }]
        }
    }
];
