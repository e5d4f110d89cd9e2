from late.cli import main

main()
