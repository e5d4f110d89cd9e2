from late.mcp import main

main()
